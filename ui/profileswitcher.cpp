#include "profileswitcher.h"

#include "plaintext.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QTimer>

ProfileSwitcher::ProfileSwitcher(IntegrationSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_combo(new QComboBox(window))
    , m_banner(new QFrame(window))
    , m_bannerText(new QLabel(m_banner))
    , m_menu(new QMenu(tr("&Profile"), window))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("Switch between saved profiles"));
    // Sized to the names when first shown (the default policy); refreshCombo() has it follow
    // them from then on. Following them from the start would build the list's popup before
    // the window's first picture.
    m_combo->setMinimumContentsLength(16);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id == currentId())
            return;
        if (id.isEmpty() || !confirmDiscard(tr("Switch profiles anyway?"))) {
            refreshCombo(); // back to the current one
            return;
        }
        open(id);
    });

    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setObjectName(QStringLiteral("keychainBannerText"));
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QPushButton(tr("Dismiss"), m_banner);
    connect(close, &QPushButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();

    const auto add = [this](const QString &text, const QKeySequence &keys, const QString &name,
                            auto slot, bool needsProfile) {
        QAction *action = m_menu->addAction(text);
        action->setShortcut(keys);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        if (needsProfile)
            m_needsProfile << action;
        return action;
    };
    add(
        tr("&Save"), QKeySequence::Save, QStringLiteral("saveProfileAction"), [this] { save(); },
        false);
    add(
        tr("Save &As..."), QKeySequence::SaveAs, QStringLiteral("saveProfileAsAction"),
        [this] { askSaveAs(); }, false);
    m_menu->addSeparator();
    add(
        tr("&Duplicate..."), {}, QStringLiteral("duplicateProfileAction"),
        [this] { askDuplicate(); }, true);
    add(
        tr("&Rename..."), {}, QStringLiteral("renameProfileAction"), [this] { askRename(); }, true);
    add(
        tr("De&lete..."), {}, QStringLiteral("deleteProfileAction"), [this] { askRemove(); }, true);
    m_menu->addSeparator();
    add(
        tr("&Import..."), {}, QStringLiteral("importProfileAction"), [this] { askImport(); },
        false);
    add(
        tr("&Export without secrets..."), {}, QStringLiteral("exportProfileAction"),
        [this] { askExport(); }, true);
    m_menu->addSeparator();
    add(
        tr("&History..."), {}, QStringLiteral("historyAction"), [this] { emit historyRequested(); },
        true);
    connect(m_session, &IntegrationSession::profilesChanged, this, &ProfileSwitcher::refreshCombo);
    connect(m_session, &IntegrationSession::keychainProblem, this, &ProfileSwitcher::showBanner);
    connect(m_session, &IntegrationSession::profileFinished, this,
            &ProfileSwitcher::operationFinished);
    refreshCombo();
}

QString ProfileSwitcher::unsavedText() const
{
    const QStringList unsaved = m_session->unsavedParts();
    const QString parts =
        unsaved.size() < 2 ? unsaved.join(QString())
                           : tr("%1 and %2", "a list: the first parts, then the last")
                                 .arg(unsaved.mid(0, unsaved.size() - 1).join(QLatin1String(", ")),
                                      unsaved.last());
    return currentId().isEmpty()
               ? tr("Changes to %1 are not saved in any profile.").arg(parts)
               : tr("Changes to %1 are not saved in the profile \"%2\".").arg(parts, currentName());
}

bool ProfileSwitcher::confirmDiscard(const QString &what)
{
    if (!m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                    unsavedText() + QLatin1Char(' ') + what,
                    QMessageBox::Discard | QMessageBox::Cancel, m_window);
    // Qt's own text for Discard says "Close without saving": nothing closes here.
    box.button(QMessageBox::Discard)->setText(tr("&Discard changes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == box.button(QMessageBox::Discard);
}

ProfileSwitcher::CloseAnswer ProfileSwitcher::confirmClose()
{
    if (!m_session->isModified())
        return CloseAnswer::Close;
    // A saved profile takes its changes in one click; a form never saved is saved under a
    // name, asked for as Save as profile asks it. Either way the window closes once saved.
    const bool saved = !currentId().isEmpty();
    QMessageBox box(QMessageBox::Question, tr("Close without saving?"),
                    unsavedText() + QLatin1Char(' ') + tr("Close anyway?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.button(QMessageBox::Discard)->setText(tr("Close &without saving"));
    if (!saved)
        box.button(QMessageBox::Save)->setText(tr("&Save as profile..."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == box.button(QMessageBox::Discard))
        return CloseAnswer::Close;
    if (box.clickedButton() != box.button(QMessageBox::Save))
        return CloseAnswer::Stay;
    const QString name = saved ? QString()
                               : askName(tr("Save as profile"), tr("Profile name:"),
                                         m_session->proposedProfileName());
    if (!saved && name.isEmpty())
        return CloseAnswer::Stay;
    // Saving is asynchronous (the keychain): the window closes once the profile is saved.
    auto *once = new QObject(this);
    connect(this, &ProfileSwitcher::finished, once, [this, once](bool ok) {
        delete once;
        if (ok)
            m_window->close();
    });
    if (saved)
        m_session->saveProfile();
    else
        saveAs(name);
    return CloseAnswer::Stay;
}

QString ProfileSwitcher::askName(const QString &title, const QString &label,
                                 const QString &suggestion)
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(suggestion);
    // Wide enough for its title and a long name: Qt sizes it to the label alone, which cut
    // the title of a translated dialog to a few letters.
    dialog.setMinimumWidth(
        dialog.fontMetrics().horizontalAdvance(title + QLatin1String(" — Galileo Integrations")) +
        dialog.fontMetrics().averageCharWidth() * 12);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void ProfileSwitcher::operationFinished(IntegrationSession::ProfileAction action, bool ok,
                                        const QString &text)
{
    using Action = IntegrationSession::ProfileAction;
    if (!ok) {
        QString title;
        switch (action) {
        case Action::Open:
            title = tr("Cannot open the profile");
            break;
        case Action::Save:
            title = tr("Cannot save the profile");
            break;
        case Action::Rename:
            title = tr("Cannot rename the profile");
            break;
        case Action::Remove:
            title = tr("Cannot delete the profile");
            break;
        case Action::Import:
            title = tr("Cannot import");
            break;
        case Action::Export:
            title = tr("Cannot export");
            break;
        }
        PlainText::warning(m_window, title, text);
    } else if (!text.isEmpty()) {
        emit message(text, 5000);
    }
    emit finished(ok);
}

void ProfileSwitcher::refreshCombo()
{
    if (m_combo->isVisible())
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(not saved as a profile)"), QString());
    const auto *items = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const ProfileStore::Entry &entry : library()->store().list()) {
        if (entry.damaged) {
            m_combo->addItem(tr("%1 (damaged)").arg(entry.name), QString());
            const int row = m_combo->count() - 1;
            items->item(row)->setEnabled(false);
            m_combo->setItemData(row,
                                 tr("%1 cannot be read: %2. The file is kept as it is.")
                                     .arg(entry.path, entry.problem),
                                 Qt::ToolTipRole);
            continue;
        }
        m_combo->addItem(entry.name, entry.id);
    }
    const QString id = currentId();
    const int current = id.isEmpty() ? 0 : m_combo->findData(id);
    m_combo->setCurrentIndex(qMax(0, current));
    for (QAction *action : std::as_const(m_needsProfile))
        action->setEnabled(!id.isEmpty());
}

void ProfileSwitcher::showBanner(const QString &problem)
{
    // A Secret Service without the keyring asked for answers "Object does not exist at path
    // .../collection/login": it runs, but creating its first keyring was cancelled (or never
    // asked). Installing one is the wrong advice then.
    const bool noKeyring = problem.contains(QLatin1String("/org/freedesktop/secrets/collection/"));
    const QString advice =
        noKeyring
            ? tr("To keep them, save again and create the keyring when asked, or create one "
                 "in the desktop's password manager (Passwords and Keys, KWalletManager).")
            : tr("To keep them, run and unlock a Secret Service: gnome-keyring (<tt>apt install "
                 "gnome-keyring</tt>, then log in again) or KWallet.");
    m_bannerText->setText(tr("<b>The keychain cannot be used:</b> %1<br>Secrets you type are used "
                             "for this session only and are not saved anywhere. %2")
                              .arg(problem.toHtmlEscaped(), advice));
    m_banner->show();
}

bool ProfileSwitcher::hasLastToOpen() const
{
    if (!m_session->sourceName().isEmpty() || m_session->isModified())
        return false;
    const QString id = m_session->lastProfileId();
    return !id.isEmpty() && m_combo->findData(id) > 0;
}

void ProfileSwitcher::openLast()
{
    if (hasLastToOpen())
        open(m_session->lastProfileId());
}

void ProfileSwitcher::save()
{
    if (currentId().isEmpty())
        askSaveAs();
    else
        m_session->saveProfile();
}

void ProfileSwitcher::duplicate(const QString &name)
{
    // The copy is of what the form shows now, so that nothing unsaved is lost either.
    saveAs(name);
}

bool ProfileSwitcher::trustImportedConnection(const ProfileExchange::Imported &imported)
{
    if (!m_session->importChangesConnection(imported))
        return true;
    const ConnectionSettings &connection = imported.profile.connection;
    QStringList facts{tr("Galileo at %1").arg(connection.apiUrl().toDisplayString())};
    if (!connection.caFile.isEmpty())
        facts << tr("trusting the CA file %1").arg(connection.caFile);
    if (connection.apiKeyHeader != ConnectionSettings::defaultApiKeyHeader())
        facts << tr("sending the API key in the header %1").arg(connection.apiKeyHeader);
    QMessageBox box(QMessageBox::Question, tr("Use the imported connection?"),
                    tr("The imported profile points elsewhere than your connection:"),
                    QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    // What the file says is shown as text, never as markup.
    box.setInformativeText(Qt::convertFromPlainText(
        facts.join(QLatin1Char('\n')) + QLatin1String("\n\n") +
            tr("Your Galileo credentials would be sent there. Use it only if "
               "you know and trust where the file came from."),
        Qt::WhiteSpaceNormal));
    QPushButton *trust = box.addButton(tr("&Use the imported connection"), QMessageBox::AcceptRole);
    QPushButton *own = box.addButton(tr("&Keep my connection"), QMessageBox::RejectRole);
    box.setDefaultButton(own);
    box.exec();
    return box.clickedButton() == trust;
}

bool ProfileSwitcher::importFile(const QString &path, const QString &name)
{
    const ProfileExchange::Imported imported = m_session->readImport(path, name);
    if (!imported.ok) {
        PlainText::warning(m_window, tr("Cannot import"), imported.error);
        return false;
    }
    m_session->saveImport(imported, trustImportedConnection(imported));
    return true;
}

void ProfileSwitcher::askSaveAs()
{
    const QString name =
        askName(tr("Save as profile"), tr("Profile name:"), m_session->proposedProfileName());
    if (!name.isEmpty())
        saveAs(name);
}

void ProfileSwitcher::askDuplicate()
{
    const QString name =
        askName(tr("Duplicate profile"), tr("Name of the copy (secrets are copied too):"),
                library()->store().uniqueName(currentName()));
    if (!name.isEmpty())
        duplicate(name);
}

void ProfileSwitcher::askRename()
{
    const QString name = askName(tr("Rename profile"), tr("New name:"), currentName());
    if (!name.isEmpty() && name != currentName())
        rename(name);
}

void ProfileSwitcher::askRemove()
{
    QMessageBox box(QMessageBox::Question, tr("Delete profile?"),
                    tr("Delete \"%1\", its secrets in the keychain and its history of applies? "
                       "The integration on Galileo is not touched.")
                        .arg(currentName()),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == box.button(QMessageBox::Yes))
        remove();
}

void ProfileSwitcher::askImport()
{
    if (!confirmDiscard(tr("Import a profile anyway?")))
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import profile"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name =
        askName(tr("Import profile"), tr("Profile name:"), QFileInfo(path).completeBaseName());
    if (!name.isEmpty())
        importFile(path, name);
}

void ProfileSwitcher::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export profile without secrets"), currentName() + QLatin1String(".json"),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}
