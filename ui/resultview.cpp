#include "resultview.h"

#include "issuestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_idLabel(new QLabel(tr("ID:"), this))
    , m_id(new QLineEdit(this))
    , m_copyId(new QPushButton(tr("Cop&y ID"), this))
    , m_fields(new QTreeWidget(this))
{
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setTextFormat(Qt::PlainText); // a server's words, never markup
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_id->setObjectName(QStringLiteral("resultIdEdit"));
    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Integration ID"));
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    connect(m_copyId, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_id->text()); });
    m_fields->setObjectName(QStringLiteral("resultFields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setAccessibleName(tr("Stored integration"));

    auto *idRow = new QHBoxLayout;
    m_idLabel->setBuddy(m_id);
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addLayout(idRow);
    layout->addWidget(m_fields, 1);
    // Without the stored fields (nothing sent yet, or a failure), the lines stay together at
    // the top rather than share the height.
    layout->addStretch();
    clear();
}

void ResultView::clear()
{
    m_headline->setText(tr("Nothing submitted yet."));
    // The shortcut as the menu writes it (Qt's words: "Ctrl+Return", "Strg+Return").
    m_details->setText(
        tr("Submit (%1) sends the form to Galileo; the answer shows here.")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_id->clear();
    m_id->setVisible(false);
    m_idLabel->setVisible(false);
    m_copyId->setVisible(false);
    m_fields->clear();
    m_fields->setVisible(false);
}

void ResultView::showProgress(const QString &message)
{
    m_headline->setText(tr("Submitting..."));
    m_details->setText(message);
}

QString ResultView::integrationId() const
{
    return m_id->text();
}

void ResultView::showResult(const ApiResult &result)
{
    m_fields->clear();
    QPalette palette = m_headline->palette();
    palette.setColor(QPalette::WindowText,
                     result.ok() ? QApplication::palette().color(QPalette::WindowText)
                                 : IssueStyle::color(ValidationIssue::Severity::Error, palette));
    m_headline->setPalette(palette);
    m_headline->setText(result.summary);

    QStringList details;
    if (!result.hint.isEmpty())
        details << result.hint;
    if (!result.bodyStart.isEmpty())
        details << tr("The answer began: %1").arg(result.bodyStart);
    details << tr("HTTP %1, %2 ms, attempts: %3")
                   .arg(result.httpStatus ? QString::number(result.httpStatus) : tr("none"))
                   .arg(result.elapsedMs)
                   .arg(result.attempts);
    m_details->setText(details.join(QLatin1String("\n\n")));

    StoredIntegration stored;
    QString problem;
    const bool hasStored =
        result.ok() && StoredIntegration::fromJson(result.json, &stored, &problem);
    m_id->setVisible(hasStored);
    m_idLabel->setVisible(hasStored);
    m_copyId->setVisible(hasStored);
    m_fields->setVisible(hasStored);
    if (!hasStored) {
        m_id->clear();
        return;
    }
    m_id->setText(stored.id);
    const QLocale locale;
    const auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : tr("unknown");
    };
    const auto add = [this](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem({field, value});
        item->setToolTip(1, value);
        m_fields->addTopLevelItem(item);
    };
    add(tr("Name"), stored.name);
    add(tr("Provider"), stored.provider);
    add(tr("Created"), time(stored.createdAt));
    add(tr("Updated"), time(stored.updatedAt));
    add(tr("Created by"), stored.createdBy);
    add(tr("Selected"), stored.selected ? tr("yes") : tr("no"));
    add(tr("Disabled"), stored.disabled ? tr("yes") : tr("no"));
    for (const StoredIntegration::Permission &permission : stored.permissions) {
        QString value = permission.allowed ? tr("allowed") : tr("not allowed");
        if (!permission.message.isEmpty())
            value += QLatin1String(" - ") + permission.message;
        add(tr("May %1").arg(permission.action), value);
    }
    // Whatever else a newer server says is shown as it came.
    static const QStringList known = {"id",          "name",        "created_at",
                                      "updated_at",  "created_by",  "is_selected",
                                      "is_disabled", "permissions", "provider"};
    for (auto it = stored.json.constBegin(); it != stored.json.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        add(it.key(),
            value.isString()
                ? value.toString()
                : QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{value.toVariant()})
                                        .toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1));
    }
}
