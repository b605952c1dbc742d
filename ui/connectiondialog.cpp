#include "connectiondialog.h"

#include "issuestyle.h"
#include "plaintext.h"
#include "secretlineedit.h"

#include "api/galileoclient.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A label that wraps at the width the form gives it and asks for the height its lines take
// there. A wrapping QLabel asks for a narrow and tall size, and a form row gives it that height.
class WrappingLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        QSize hint = QLabel::sizeHint();
        if (width() > 0)
            hint.setHeight(heightForWidth(width()));
        return hint;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->oldSize().width() != width())
            updateGeometry();
    }
};

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_client(new GalileoClient(this))
{
    // Widgets join the Tab order as they are made: they are made in reading order.
    m_baseUrl = new QLineEdit(this);
    m_derived = new WrappingLabel(this);
    m_method = new QComboBox(this);
    m_keyHeaderChoice = new QComboBox(this);
    m_keyHeaderChoice->setEditable(true); // makes its line edit, which Tab visits
    m_keyHeaderProblem = new QLabel(this);
    m_apiKey = new SecretLineEdit(this);
    m_username = new QLineEdit(this);
    m_password = new SecretLineEdit(this);
    m_caFile = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    m_timeout = new QSpinBox(this);
    m_check = new QPushButton(tr("&Check connection"), this);
    m_steps = new QTreeWidget(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    setWindowTitle(tr("Galileo connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [form](const QString &label, QWidget *field, const QString &name,
                            const QString &tip) {
        field->setObjectName(name);
        field->setToolTip(tip);
        auto *buddy = new QLabel(label, field->parentWidget());
        buddy->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(buddy, field);
        return buddy;
    };

    m_baseUrl->setPlaceholderText(ConnectionSettings::defaultBaseUrl());
    m_baseUrl->setClearButtonEnabled(true);
    row(tr("Galileo &URL:"), m_baseUrl, QStringLiteral("baseUrlEdit"),
        tr("The API URL, or the console URL you see in the browser (app.galileo.ai, or "
           "console.<your domain> for a self-hosted cluster): the API URL is derived from it."));
    m_derived->setObjectName(QStringLiteral("derivedUrlLabel"));
    m_derived->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A warning for plain http is a sentence: it wraps rather than widen the dialog.
    m_derived->setWordWrap(true);
    m_derived->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_derived);

    m_method->addItem(tr("API key"), int(ConnectionSettings::AuthMethod::ApiKey));
    m_method->addItem(tr("Username and password"), int(ConnectionSettings::AuthMethod::Login));
    m_method->addItem(tr("HTTP Basic"), int(ConnectionSettings::AuthMethod::Basic));
    row(tr("&Sign in with:"), m_method, QStringLiteral("authMethodCombo"),
        tr("An API key from Galileo's settings, or a username and password."));
    // Galileo is being renamed Splunk Agent Observability: newer clusters take either header.
    m_keyHeaderChoice->setInsertPolicy(QComboBox::NoInsert);
    m_keyHeaderChoice->addItems(
        {ConnectionSettings::defaultApiKeyHeader(), ConnectionSettings::splunkApiKeyHeader()});
    m_keyHeader = m_keyHeaderChoice->lineEdit();
    m_keyHeader->setObjectName(QStringLiteral("keyHeaderEdit"));
    m_keyRows << row(tr("Key &header:"), m_keyHeaderChoice, QStringLiteral("keyHeaderCombo"),
                     tr("The header that carries the key: Galileo-API-Key, or "
                        "Splunk-AO-API-Key on newer clusters, or what your cluster says."))
              << m_keyHeaderChoice;
    m_keyHeaderProblem->setObjectName(QStringLiteral("keyHeaderProblemLabel"));
    m_keyHeaderProblem->setWordWrap(true);
    m_keyHeaderProblem->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    {
        QPalette palette = m_keyHeaderProblem->palette();
        palette.setColor(QPalette::WindowText,
                         IssueStyle::color(ValidationIssue::Severity::Error, palette));
        m_keyHeaderProblem->setPalette(palette);
    }
    form->addRow(QString(), m_keyHeaderProblem);
    m_keyHeaderProblem->hide();
    m_keyRows << row(tr("API &key:"), m_apiKey, QStringLiteral("apiKeyEdit"),
                     tr("A Galileo API key of an admin of the organisation."))
              << m_apiKey;
    m_passwordRows << row(tr("Userna&me:"), m_username, QStringLiteral("usernameEdit"),
                          tr("The email you sign in to Galileo with."))
                   << m_username;
    m_passwordRows << row(tr("&Password:"), m_password, QStringLiteral("passwordEdit"),
                          tr("Your Galileo password."))
                   << m_password;

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setToolTip(tr("A PEM file with the certificate authority of a self-hosted "
                            "cluster, trusted in addition to the system's."));
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    row(tr("&Timeout:"), m_timeout, QStringLiteral("timeoutSpin"),
        tr("How long to wait for Galileo's answer."));

    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("HTTP"), tr("Time"), tr("Result")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    // The step's name whole (German names are long), the result in the rest.
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setMinimumHeight(110);
    m_steps->setAccessibleName(tr("Connection check"));
    m_check->setObjectName(QStringLiteral("checkConnectionButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_steps, 1);
    auto *note = new QLabel(tr("Secrets are never written to the settings. A saved profile keeps "
                               "the ones you type in the keychain; those from GALILEO_* variables "
                               "are read again at each start."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(620, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectionDialog::updateDerivedUrl);
    connect(m_keyHeader, &QLineEdit::textChanged, this, &ConnectionDialog::updateKeyHeader);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);
    // A check's results are about the settings it checked: any edit takes them away (a review
    // found results for the old URL still shown under a new one).
    for (QLineEdit *edit :
         {static_cast<QLineEdit *>(m_baseUrl), m_keyHeader, static_cast<QLineEdit *>(m_apiKey),
          m_username, static_cast<QLineEdit *>(m_password), m_caFile})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::forgetCheck);
    connect(m_method, &QComboBox::activated, this, &ConnectionDialog::forgetCheck);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_client->isBusy())
            m_client->cancel();
        else
            checkConnection();
    });
    connect(m_client, &GalileoClient::busyChanged, this, [this](bool busy) {
        m_check->setText(busy ? tr("&Cancel check") : tr("&Check connection"));
    });
    connect(m_client, &GalileoClient::stepFinished, this, [this](const CheckStep &step) {
        auto *item = new QTreeWidgetItem(
            {step.name, step.httpStatus ? QString::number(step.httpStatus) : QStringLiteral("-"),
             tr("%1 ms").arg(step.elapsedMs),
             step.hint.isEmpty() ? step.detail : step.detail + QLatin1Char('\n') + step.hint});
        item->setIcon(0, step.ok ? IssueStyle::okIcon()
                                 : IssueStyle::icon(step.skipped || step.advisory
                                                        ? ValidationIssue::Severity::Warning
                                                        : ValidationIssue::Severity::Error));
        item->setToolTip(3, PlainText::toolTip(item->text(3)));
        m_steps->addTopLevelItem(item);
        // What the cluster offers, one line each, under the step.
        if (step.capabilities) {
            item->setText(3, step.hint.isEmpty() ? tr("What this cluster offers:") : step.hint);
            for (const QString &line : step.capabilities->describe()) {
                auto *child = new QTreeWidgetItem(item, {QString(), QString(), QString(), line});
                child->setToolTip(3, line);
            }
            item->setExpanded(true);
        }
        // Each field only one side knows, under the step.
        if (step.drift) {
            item->setText(3, step.detail); // the hint is in the tooltip
            m_checkedDrift = step.drift;
            m_checkedApiUrl = m_client->identity().apiUrl;
            for (const QString &line : step.drift->describe()) {
                auto *child = new QTreeWidgetItem(item, {QString(), QString(), QString(), line});
                child->setToolTip(3, line);
            }
            item->setExpanded(true);
        }
    });
    setConnection(ConnectionSettings{}, GalileoSecrets{});
}

void ConnectionDialog::setConnection(const ConnectionSettings &settings,
                                     const GalileoSecrets &secrets)
{
    m_baseUrl->setText(settings.baseUrl);
    m_method->setCurrentIndex(m_method->findData(int(settings.authMethod)));
    m_keyHeader->setText(settings.apiKeyHeader);
    m_apiKey->setText(secrets.apiKey);
    m_username->setText(settings.username);
    m_password->setText(secrets.password);
    m_caFile->setText(settings.caFile);
    m_timeout->setValue(settings.timeoutSeconds);
    updateDerivedUrl();
    updateAuthFields();
    updateKeyHeader();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_baseUrl->text().trimmed();
    settings.authMethod = ConnectionSettings::AuthMethod(m_method->currentData().toInt());
    settings.apiKeyHeader = m_keyHeader->text().trimmed().isEmpty()
                                ? ConnectionSettings::defaultApiKeyHeader()
                                : m_keyHeader->text().trimmed();
    settings.username = m_username->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.timeoutSeconds = m_timeout->value();
    return settings;
}

GalileoSecrets ConnectionDialog::secrets() const
{
    return {m_apiKey->text(), m_password->text()};
}

std::optional<SchemaDrift> ConnectionDialog::checkedDrift() const
{
    if (m_checkedApiUrl != settings().apiUrl())
        return std::nullopt;
    return m_checkedDrift;
}

void ConnectionDialog::forgetCheck()
{
    if (m_client->isBusy())
        m_client->cancel();
    m_steps->clear();
    m_checkedDrift.reset();
}

void ConnectionDialog::checkConnection()
{
    m_steps->clear();
    m_checkedDrift.reset();
    m_client->setConnection(settings(), secrets());
    const QString missing = m_client->missingCredentials();
    if (!missing.isEmpty()) {
        auto *item = new QTreeWidgetItem(
            {tr("Settings"), QStringLiteral("-"), QStringLiteral("-"), missing});
        item->setIcon(0, IssueStyle::icon(ValidationIssue::Severity::Error));
        m_steps->addTopLevelItem(item);
        return;
    }
    m_client->checkConnection();
}

void ConnectionDialog::updateDerivedUrl()
{
    QString problem;
    const QUrl url = ConnectionSettings::deriveApiUrl(m_baseUrl->text(), &problem);
    ConnectionSettings typed;
    typed.baseUrl = m_baseUrl->text();
    const QString warning = problem.isEmpty() ? typed.plainHttpWarning() : QString();
    QString text = problem.isEmpty() ? tr("API: %1").arg(url.toDisplayString()) : problem;
    if (!warning.isEmpty())
        text += QLatin1Char('\n') + warning;
    m_derived->setText(text);
    QPalette palette = m_derived->palette();
    const ValidationIssue::Severity severity =
        !problem.isEmpty() ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning;
    palette.setColor(QPalette::WindowText,
                     problem.isEmpty() && warning.isEmpty()
                         ? QApplication::palette().color(QPalette::PlaceholderText)
                         : IssueStyle::color(severity, palette));
    m_derived->setPalette(palette);
}

void ConnectionDialog::updateKeyHeader()
{
    // The transport would refuse it anyway; saying so here keeps it from being saved.
    const QString header = m_keyHeader->text().trimmed();
    const bool usesKey = ConnectionSettings::AuthMethod(m_method->currentData().toInt()) ==
                         ConnectionSettings::AuthMethod::ApiKey;
    const QString problem = header.isEmpty() || !usesKey
                                ? QString()
                                : HttpTransport::headerProblem(header.toUtf8(), {});
    m_keyHeaderProblem->setText(problem);
    m_keyHeaderProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ConnectionDialog::updateAuthFields()
{
    const auto method = ConnectionSettings::AuthMethod(m_method->currentData().toInt());
    for (QWidget *widget : std::as_const(m_keyRows))
        widget->setVisible(method == ConnectionSettings::AuthMethod::ApiKey);
    for (QWidget *widget : std::as_const(m_passwordRows))
        widget->setVisible(method != ConnectionSettings::AuthMethod::ApiKey);
    updateKeyHeader();
}

void ConnectionDialog::chooseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}
