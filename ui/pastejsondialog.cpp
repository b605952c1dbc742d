#include "pastejsondialog.h"
#include "ui_pastejsondialog.h"

#include "issuestyle.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QTextBlock>

PasteJsonDialog::PasteJsonDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::PasteJsonDialog)
{
    m_ui->setupUi(this);
    m_ui->jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fill the form"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasteJsonDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PasteJsonDialog::reject);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText,
                     IssueStyle::color(ValidationIssue::Severity::Error, palette));
    m_ui->errorLabel->setPalette(palette);
}

PasteJsonDialog::~PasteJsonDialog()
{
    delete m_ui;
}

void PasteJsonDialog::setText(const QString &text)
{
    m_ui->jsonEdit->setPlainText(text);
}

void PasteJsonDialog::accept()
{
    const QByteArray json = m_ui->jsonEdit->toPlainText().toUtf8();
    m_result = IntegrationJson::read(json);
    if (m_result.ok) {
        QDialog::accept();
        return;
    }
    const ValidationIssue &problem = m_result.issues.constFirst();
    m_ui->errorLabel->setText(tr("This is not a JSON object yet: %1").arg(problem.message));
    m_ui->errorLabel->setVisible(true);
    // Put the cursor where the text breaks.
    if (problem.loc.size() == 2 && problem.loc.at(1).isDouble()) {
        const auto [line, column] =
            IntegrationJson::lineAndColumn(json, qsizetype(problem.loc.at(1).toInteger()));
        const QTextBlock block = m_ui->jsonEdit->document()->findBlockByNumber(line - 1);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qMin(column - 1, block.length() - 1));
        m_ui->jsonEdit->setTextCursor(cursor);
    }
    m_ui->jsonEdit->setFocus(Qt::OtherFocusReason);
}
