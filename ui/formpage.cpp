#include "formpage.h"

#include "issuestyle.h"
#include "messageline.h"
#include "plaintext.h"

#include <QAction>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

FormPage::FormPage(IntegrationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    // Letters the window's menus use.
    m_usedMnemonics = {QLatin1Char('f'), QLatin1Char('e'), QLatin1Char('h')};
}

QString FormPage::labelWithMnemonic(const QString &label)
{
    QString text = label;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (!c.isLetter() || m_usedMnemonics.contains(c) || text.at(i) == QLatin1Char('&'))
            continue;
        m_usedMnemonics.insert(c);
        text.insert(i, QLatin1Char('&'));
        break;
    }
    return text;
}

MessageLine *FormPage::createMessageLabel()
{
    return new MessageLine(this);
}

void FormPage::addField(QFormLayout *layout, FieldId field, QWidget *input, QWidget *focusTarget)
{
    if (!focusTarget)
        focusTarget = input;
    auto *label =
        new QLabel(labelWithMnemonic(FieldCatalog::label(field)) + QLatin1Char(':'), this);
    label->setBuddy(focusTarget);
    const QString help = FieldCatalog::help(field);
    input->setToolTip(help);
    focusTarget->setAccessibleName(FieldCatalog::label(field));
    focusTarget->setAccessibleDescription(help);

    auto *cell = new QWidget(this);
    // The message under a narrow input (a combo, a spin box) needs the row's whole width.
    cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    MessageLine *message = createMessageLabel();
    column->addWidget(message);
    layout->addRow(label, cell);
    registerField(field, focusTarget, message);
}

void FormPage::registerField(FieldId field, QWidget *focusTarget, MessageLine *message)
{
    m_fields.insert(field, FieldView{focusTarget, message, focusTarget->toolTip()});
    message->setObjectName(FieldCatalog::jsonKey(field) + QLatin1String("Message"));
    focusTarget->installEventFilter(this);
    if (auto *edit = qobject_cast<QLineEdit *>(focusTarget)) {
        auto *marker = new QAction(edit);
        marker->setVisible(false);
        edit->addAction(marker, QLineEdit::TrailingPosition);
        m_markers.insert(edit, marker);
    }
}

void FormPage::bindText(QLineEdit *edit, FieldId field)
{
    edit->setText(m_model->text(field));
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { m_model->setText(field, text); });
    const auto refresh = [this, edit, field] {
        const QString text = m_model->text(field);
        if (edit->text() != text)
            edit->setText(text);
    };
    connect(m_model, &IntegrationModel::fieldChanged, edit, [refresh, field](FieldId changed) {
        if (changed == field)
            refresh();
    });
    connect(m_model, &IntegrationModel::configReplaced, edit, refresh);
}

QString FormPage::issueText(const QList<LocatedIssue> &issues)
{
    QStringList lines;
    for (const LocatedIssue &located : issues) {
        QString line = located.issue.message;
        if (located.origin == IssueBoard::Origin::Server)
            line = tr("Galileo: %1").arg(line);
        else if (located.origin == IssueBoard::Origin::Imported)
            line = tr("In the imported JSON: %1").arg(line);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void FormPage::changeEvent(QEvent *event)
{
    // Issue colors are picked for the palette; a new palette (dark mode) needs them again.
    if (event->type() == QEvent::PaletteChange)
        showIssues(m_shownIssues);
    QWidget::changeEvent(event);
}

bool FormPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Switching windows or opening a menu does not leave the field.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
            for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
                if (it.value().focusTarget == watched)
                    emit fieldLeft(it.key());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormPage::showIssues(const QList<LocatedIssue> &issues)
{
    m_shownIssues = issues;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QList<LocatedIssue> mine;
        for (const LocatedIssue &located : issues) {
            if (located.location.kind == IssueLocation::Kind::Field &&
                located.location.field == it.key()) {
                mine << located;
            }
        }
        const FieldView &view = it.value();
        // The most serious first decides the color.
        std::stable_sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) {
            return a.issue.severity < b.issue.severity;
        });
        const QString text = issueText(mine);
        view.message->setMessage(text);
        view.focusTarget->setToolTip(PlainText::toolTip(
            text.isEmpty() ? view.help : view.help + QLatin1String("\n\n") + text));
        if (!mine.isEmpty()) {
            QPalette palette = view.message->palette();
            palette.setColor(QPalette::WindowText,
                             IssueStyle::color(mine.first().issue.severity, palette));
            view.message->setPalette(palette);
        }
        if (auto *edit = qobject_cast<QLineEdit *>(view.focusTarget)) {
            QAction *marker = m_markers.value(edit);
            marker->setVisible(!mine.isEmpty());
            if (!mine.isEmpty()) {
                marker->setIcon(IssueStyle::icon(mine.first().issue.severity));
                marker->setToolTip(PlainText::toolTip(text));
            }
        }
    }
}

bool FormPage::focusLocation(const IssueLocation &location)
{
    if (location.kind != IssueLocation::Kind::Field || !m_fields.contains(location.field))
        return false;
    QWidget *target = m_fields.value(location.field).focusTarget;
    if (!target->isEnabled() || !target->isVisibleTo(this))
        target = m_fields.value(location.field).message;
    target->setFocus(Qt::OtherFocusReason);
    return true;
}
