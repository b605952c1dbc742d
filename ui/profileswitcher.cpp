#include "profileswitcher.h"

#include "mainwindow.h"

#include "api/galileoclient.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "storage/profileexchange.h"

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
#include <QSaveFile>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>

namespace {

const QLatin1String s_lastProfileKey("lastProfile");

} // namespace

ProfileSwitcher::ProfileSwitcher(MainWindow *window, SecretStore *secrets)
    : QObject(window)
    , m_window(window)
    , m_library(new ProfileLibrary(ProfileStore(), secrets, this))
    , m_combo(new QComboBox(window))
    , m_banner(new QFrame(window))
    , m_bannerText(new QLabel(m_banner))
    , m_menu(new QMenu(tr("&Profile"), window))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("Switch between saved profiles"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id == m_currentId)
            return;
        if (id.isEmpty() || !m_window->confirmDiscard(tr("Switch profiles anyway?"))) {
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
    refreshCombo();
}

QString ProfileSwitcher::currentName() const
{
    return m_currentId.isEmpty() ? QString() : m_current.name;
}

void ProfileSwitcher::refreshCombo()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(not saved as a profile)"), QString());
    const auto *items = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const ProfileStore::Entry &entry : m_library->store().list()) {
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
    const int current = m_currentId.isEmpty() ? 0 : m_combo->findData(m_currentId);
    m_combo->setCurrentIndex(qMax(0, current));
    for (QAction *action : std::as_const(m_needsProfile))
        action->setEnabled(!m_currentId.isEmpty());
}

void ProfileSwitcher::setCurrent(const QString &id)
{
    m_currentId = id;
    QSettings().setValue(s_lastProfileKey, id);
    refreshCombo();
}

void ProfileSwitcher::detach()
{
    m_currentId.clear();
    m_current = Profile();
    refreshCombo();
}

void ProfileSwitcher::showBanner(const QString &problem)
{
    m_bannerText->setText(
        tr("<b>The keychain cannot be used:</b> %1<br>Secrets you type are used for this session "
           "only and are not saved anywhere. To keep them, run and unlock a Secret Service: "
           "gnome-keyring (<tt>apt install gnome-keyring</tt>, then log in again) or KWallet.")
            .arg(problem.toHtmlEscaped()));
    m_banner->show();
}

void ProfileSwitcher::openLast()
{
    const QString id = QSettings().value(s_lastProfileKey).toString();
    if (!id.isEmpty() && m_combo->findData(id) > 0)
        open(id);
}

void ProfileSwitcher::open(const QString &id)
{
    m_window->statusBar()->showMessage(tr("Opening the profile..."));
    m_library->load(id, [this, id](const ProfileLibrary::Loaded &loaded) {
        m_window->statusBar()->clearMessage();
        if (!loaded.ok) {
            QMessageBox::warning(m_window, tr("Cannot open the profile"), loaded.error);
            refreshCombo();
            emit finished(false);
            return;
        }
        if (!loaded.keychainProblem.isEmpty())
            showBanner(loaded.keychainProblem);
        ValidationIssues notes;
        for (const QString &field : loaded.missingSecrets) {
            notes << ValidationIssue::warning(SecretCatalog::loc(field),
                                              QStringLiteral("secret_missing"),
                                              tr("this secret is not in the keychain any more: "
                                                 "enter it again"));
        }
        m_current = loaded.profile;
        m_window->showIntegration(loaded.profile.config, loaded.profile.name, notes);
        m_window->setConnection(loaded.profile.connection, loaded.galileo);
        m_window->markSaved();
        setCurrent(id);
        emit finished(true);
    });
}

Profile ProfileSwitcher::currentProfile() const
{
    Profile profile = m_current;
    profile.config = m_window->model()->config();
    profile.connection = m_window->client()->settings();
    return profile;
}

void ProfileSwitcher::saveProfile(Profile profile)
{
    m_library->save(
        profile, m_window->sessionSecrets(), ProfileLibrary::SecretsPolicy::SaveWithoutSecrets,
        [this, profile](const ProfileLibrary::Saved &saved) {
            if (!saved.ok) {
                QMessageBox::warning(m_window, tr("Cannot save the profile"), saved.error);
                emit finished(false);
                return;
            }
            if (!saved.keychainProblem.isEmpty())
                showBanner(saved.keychainProblem);
            m_current = profile;
            setCurrent(profile.id);
            m_window->showIntegration(m_window->model()->config(), profile.name, {});
            m_window->markSaved();
            m_window->statusBar()->showMessage(
                saved.secretsStored
                    ? tr("Saved \"%1\"; its secrets are in the keychain.").arg(profile.name)
                    : tr("Saved \"%1\" without its secrets.").arg(profile.name),
                5000);
            emit finished(true);
        });
}

void ProfileSwitcher::save()
{
    if (m_currentId.isEmpty()) {
        askSaveAs();
        return;
    }
    saveProfile(currentProfile());
}

void ProfileSwitcher::saveAs(const QString &name)
{
    Profile profile = currentProfile();
    profile.id = Profile::create(name).id;
    profile.name = m_library->store().uniqueName(name.trimmed());
    profile.lastSubmittedAt = {};
    profile.lastIntegrationId.clear();
    saveProfile(profile);
}

void ProfileSwitcher::duplicate(const QString &name)
{
    // The copy is of what the form shows now, so that nothing unsaved is lost either.
    saveAs(name);
}

bool ProfileSwitcher::rename(const QString &name)
{
    QString error;
    if (!m_library->rename(m_currentId, name.trimmed(), &error)) {
        QMessageBox::warning(m_window, tr("Cannot rename the profile"), error);
        return false;
    }
    m_current.name = name.trimmed();
    refreshCombo();
    m_window->showIntegration(m_window->model()->config(), m_current.name, {});
    return true;
}

void ProfileSwitcher::remove()
{
    const QString id = m_currentId;
    m_library->remove(id, [this](bool ok, const QString &error) {
        if (!ok) {
            QMessageBox::warning(m_window, tr("Cannot delete the profile"), error);
            emit finished(false);
            return;
        }
        detach();
        QSettings().remove(s_lastProfileKey);
        m_window->statusBar()->showMessage(tr("Deleted the profile and its keychain entries."),
                                           5000);
        emit finished(true);
    });
}

bool ProfileSwitcher::importFile(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Cannot import"), file.errorString());
        return false;
    }
    const ProfileExchange::Imported imported =
        ProfileExchange::read(file.read(64 * 1024 * 1024), m_library->store().uniqueName(name));
    if (!imported.ok) {
        QMessageBox::warning(m_window, tr("Cannot import"),
                             tr("%1 is not a profile or an integration body: %2")
                                 .arg(QFileInfo(path).fileName(), imported.error));
        return false;
    }
    m_library->save(imported.profile, imported.galileo,
                    ProfileLibrary::SecretsPolicy::SaveWithoutSecrets,
                    [this, imported](const ProfileLibrary::Saved &saved) {
                        if (!saved.ok) {
                            QMessageBox::warning(m_window, tr("Cannot import"), saved.error);
                            emit finished(false);
                            return;
                        }
                        if (!saved.keychainProblem.isEmpty())
                            showBanner(saved.keychainProblem);
                        m_current = imported.profile;
                        m_window->showIntegration(imported.profile.config, imported.profile.name,
                                                  imported.notes);
                        m_window->setConnection(imported.profile.connection, imported.galileo);
                        m_window->markSaved();
                        setCurrent(imported.profile.id);
                        emit finished(true);
                    });
    return true;
}

bool ProfileSwitcher::exportTo(const QString &path)
{
    Profile stored;
    QString error;
    if (!m_library->store().load(m_currentId, &stored, &error)) {
        QMessageBox::warning(m_window, tr("Cannot export"), error);
        return false;
    }
    const QByteArray data = ProfileExchange::write(stored);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot export"), file.errorString());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1, without secrets.").arg(path), 5000);
    return true;
}

void ProfileSwitcher::askSaveAs()
{
    bool ok = false;
    const QString suggestion = m_currentId.isEmpty() ? tr("New profile") : m_current.name;
    const QString name = QInputDialog::getText(m_window, tr("Save as profile"), tr("Profile name:"),
                                               QLineEdit::Normal, suggestion, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveAs(name);
}

void ProfileSwitcher::askDuplicate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Duplicate profile"), tr("Name of the copy (secrets are copied too):"),
        QLineEdit::Normal, m_library->store().uniqueName(m_current.name), &ok);
    if (ok && !name.trimmed().isEmpty())
        duplicate(name);
}

void ProfileSwitcher::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename profile"), tr("New name:"),
                                               QLineEdit::Normal, m_current.name, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != m_current.name)
        rename(name);
}

void ProfileSwitcher::askRemove()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Delete profile?"),
        tr("Delete \"%1\" and its secrets from the keychain? The integration on Galileo is not "
           "touched.")
            .arg(m_current.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        remove();
}

void ProfileSwitcher::askImport()
{
    if (!m_window->confirmDiscard(tr("Import a profile anyway?")))
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import profile"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Import profile"), tr("Profile name:"),
                              QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        importFile(path, name.trimmed());
}

void ProfileSwitcher::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export profile without secrets"), m_current.name + QLatin1String(".json"),
        tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}
