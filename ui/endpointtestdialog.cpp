#include "endpointtestdialog.h"

#include "issuestyle.h"
#include "plaintext.h"

#include "model/integrationmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QIcon statusIcon(ProbeStage::Status status)
{
    switch (status) {
    case ProbeStage::Status::Pass:
        return IssueStyle::okIcon();
    case ProbeStage::Status::Warning:
        return IssueStyle::icon(ValidationIssue::Severity::Warning);
    case ProbeStage::Status::Fail:
        return IssueStyle::icon(ValidationIssue::Severity::Error);
    case ProbeStage::Status::Skipped:
        return IssueStyle::icon(ValidationIssue::Severity::Info);
    default:
        return {};
    }
}

} // namespace

EndpointTestDialog::EndpointTestDialog(IntegrationModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_prober(new EndpointProber(this))
    , m_credentials(new QComboBox(this))
    , m_credentialsLabel(new QLabel(tr("OAuth2 c&redentials:"), this))
    , m_completionModel(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run test"), this))
    , m_stages(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_discovered(new QListWidget(this))
    , m_addModels(new QPushButton(tr("&Add ticked models to the table"), this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Test the endpoint"));
    setObjectName(QStringLiteral("endpointTestDialog"));

    auto *note = new QLabel(tr("This tests the gateway from this computer. Galileo's servers call "
                               "it from the internet: a gateway that only your network reaches "
                               "will still fail there."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_credentials->setObjectName(QStringLiteral("credentialsCombo"));
    m_credentials->addItem(tr("In the request body"), true);
    m_credentials->addItem(tr("As HTTP Basic"), false);
    m_credentials->setToolTip(tr("Where the client ID and secret go; the other way is tried once "
                                 "if the server answers invalid_client."));
    m_credentialsLabel->setBuddy(m_credentials);
    m_completionModel->setObjectName(QStringLiteral("completionModelCombo"));
    m_completionModel->setToolTip(tr("The model asked for one token"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(15);
    m_timeout->setSuffix(tr(" s per stage"));
    m_run->setObjectName(QStringLiteral("runTestButton"));
    m_run->setDefault(true);

    auto *options = new QFormLayout;
    options->addRow(m_credentialsLabel, m_credentials);
    auto *modelLabel = new QLabel(tr("Completion &model:"), this);
    modelLabel->setBuddy(m_completionModel);
    options->addRow(modelLabel, m_completionModel);
    auto *timeoutLabel = new QLabel(tr("&Timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    options->addRow(timeoutLabel, m_timeout);

    m_stages->setObjectName(QStringLiteral("stagesTree"));
    m_stages->setHeaderLabels({tr("Stage"), tr("Status"), tr("HTTP"), tr("Time"), tr("Result")});
    m_stages->setRootIsDecorated(false);
    m_stages->setWordWrap(true);
    m_stages->setAccessibleName(tr("Test stages"));
    // Stage, status, HTTP and time as wide as what they hold; the result, with the gateway's
    // words and the hint, takes the rest.
    for (int column = 0; column < 4; ++column)
        m_stages->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_stages->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_stages->setMinimumHeight(120);

    m_details->setObjectName(QStringLiteral("exchangeDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Requests and answers of the selected stage"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyCurl->setObjectName(QStringLiteral("copyStageCurlButton"));
    m_copyCurl->setEnabled(false);

    auto *discoveredBox = new QGroupBox(tr("Models the gateway lists"), this);
    auto *discoveredLayout = new QVBoxLayout(discoveredBox);
    m_discovered->setObjectName(QStringLiteral("discoveredList"));
    m_discovered->setAccessibleName(tr("Models the gateway lists"));
    m_addModels->setObjectName(QStringLiteral("addModelsButton"));
    m_addModels->setEnabled(false);
    discoveredLayout->addWidget(m_discovered);
    discoveredLayout->addWidget(m_addModels);

    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_copyCurl, 0, Qt::AlignRight);
    auto *lower = new QSplitter(this);
    lower->addWidget(detailsBox);
    lower->addWidget(discoveredBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(options, 1);
    top->addWidget(m_run, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_stages);
    layout->addWidget(lower, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_prober->isRunning())
            m_prober->cancel();
        else
            run();
    });
    connect(m_prober, &EndpointProber::stageChanged, this, &EndpointTestDialog::refreshStage);
    // A slow stage counts its time as it runs, so that waiting does not look like a hang.
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, [this] {
        // Only the time: the selection stays where the user put it.
        for (int index = 0; index < m_prober->stages().size(); ++index) {
            QTreeWidgetItem *item = m_stages->topLevelItem(index);
            if (item && m_prober->stages().at(index).status == ProbeStage::Status::Running)
                item->setText(3, tr("%1 ms").arg(m_prober->runningStageMs()));
        }
    });
    connect(m_prober, &EndpointProber::finished, this, [this] {
        m_tick->stop();
        m_run->setText(tr("&Run again"));
        showDiscovered();
        showDetails();
    });
    connect(m_stages, &QTreeWidget::currentItemChanged, this, &EndpointTestDialog::showDetails);
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(curlForSelectedStage()); });
    connect(m_addModels, &QPushButton::clicked, this, &EndpointTestDialog::addTickedModels);
    connect(m_discovered, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_discovered->count(); ++i)
            any |= m_discovered->item(i)->checkState() == Qt::Checked;
        m_addModels->setEnabled(any);
    });
    refreshOptions();
}

void EndpointTestDialog::refreshOptions()
{
    const IntegrationConfig config = m_model->config();
    m_credentials->setVisible(config.usesOAuth2());
    m_credentialsLabel->setVisible(config.usesOAuth2());
    const QString chosen = m_completionModel->currentText();
    m_completionModel->clear();
    m_completionModel->addItems(config.modelNames());
    const QString preferred = chosen.isEmpty() ? config.defaultModel : chosen;
    if (const int index = m_completionModel->findText(preferred); index >= 0)
        m_completionModel->setCurrentIndex(index);
}

void EndpointTestDialog::run()
{
    refreshOptions();
    EndpointProber::Options options;
    options.credentialsInBody = m_credentials->currentData().toBool();
    options.completionModel = m_completionModel->currentText();
    options.stageTimeoutSeconds = m_timeout->value();
    if (!m_prober->start(m_model->config(), options))
        return;
    m_stages->clear();
    m_discovered->clear();
    m_details->clear();
    for (const ProbeStage &stage : m_prober->stages()) {
        auto *item =
            new QTreeWidgetItem({ProbeStage::name(stage.kind), ProbeStage::statusName(stage.status),
                                 QString(), QString(), QString()});
        m_stages->addTopLevelItem(item);
    }
    m_run->setText(tr("&Cancel"));
}

void EndpointTestDialog::refreshStage(int index)
{
    QTreeWidgetItem *item = m_stages->topLevelItem(index);
    if (!item)
        return;
    const ProbeStage &stage = m_prober->stages().at(index);
    item->setText(1, ProbeStage::statusName(stage.status));
    item->setIcon(1, statusIcon(stage.status));
    item->setText(2, stage.httpStatus ? QString::number(stage.httpStatus) : QString());
    if (stage.status == ProbeStage::Status::Running && !m_tick->isActive())
        m_tick->start();
    item->setText(3, stage.status == ProbeStage::Status::Skipped ? QString()
                     : stage.status == ProbeStage::Status::Running
                         ? tr("%1 ms").arg(m_prober->runningStageMs())
                         : tr("%1 ms").arg(stage.elapsedMs));
    const QString text =
        stage.hint.isEmpty() ? stage.detail : stage.detail + QLatin1Char('\n') + stage.hint;
    item->setText(4, text);
    item->setToolTip(4, PlainText::toolTip(text));
    if (stage.status == ProbeStage::Status::Running || !m_stages->currentItem())
        m_stages->setCurrentItem(item);
}

void EndpointTestDialog::showDetails()
{
    const int index = m_stages->indexOfTopLevelItem(m_stages->currentItem());
    if (index < 0 || index >= m_prober->stages().size()) {
        m_details->clear();
        m_copyCurl->setEnabled(false);
        return;
    }
    QStringList text;
    for (const ProbeExchange &exchange : m_prober->stages().at(index).exchanges) {
        text << QStringLiteral("> %1 %2").arg(QString::fromLatin1(exchange.method),
                                              exchange.url.toDisplayString());
        for (const auto &[name, value] : exchange.requestHeaders)
            text << QStringLiteral("> %1: %2").arg(name, value);
        if (!exchange.requestBody.isEmpty())
            text << QStringLiteral(">") << QString::fromUtf8(exchange.requestBody);
        text << QString();
        text << (exchange.status ? QStringLiteral("< HTTP %1").arg(exchange.status)
                                 : tr("< no answer"));
        for (const auto &[name, value] : exchange.responseHeaders)
            text << QStringLiteral("< %1: %2").arg(name, value);
        if (!exchange.responseStart.isEmpty())
            text << QStringLiteral("<") << exchange.responseStart;
        text << QString();
    }
    m_details->setPlainText(text.join(QLatin1Char('\n')));
    m_copyCurl->setEnabled(!m_prober->stages().at(index).exchanges.isEmpty());
}

QString EndpointTestDialog::curlForSelectedStage() const
{
    const int index = m_stages->indexOfTopLevelItem(m_stages->currentItem());
    if (index < 0 || index >= m_prober->stages().size() ||
        m_prober->stages().at(index).exchanges.isEmpty())
        return {};
    const ProbeExchange &exchange = m_prober->stages().at(index).exchanges.last();
    return exchange.curl;
}

void EndpointTestDialog::showDiscovered()
{
    m_discovered->clear();
    const QStringList configured = m_model->config().modelNames();
    for (const QString &name : m_prober->discoveredModels()) {
        auto *item = new QListWidgetItem(name, m_discovered);
        if (configured.contains(name)) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setText(tr("%1 (in the table)").arg(name));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        item->setData(Qt::UserRole, name);
    }
    m_addModels->setEnabled(false);
}

int EndpointTestDialog::addTickedModels()
{
    QStringList ticked;
    for (int i = 0; i < m_discovered->count(); ++i) {
        if (m_discovered->item(i)->checkState() == Qt::Checked)
            ticked << m_discovered->item(i)->data(Qt::UserRole).toString();
    }
    const int added = m_model->models()->appendNames(ticked);
    showDiscovered();
    return added;
}
