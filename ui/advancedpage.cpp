#include "advancedpage.h"

#include "model/fieldcatalog.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QFormLayout *formIn(QGroupBox *box)
{
    auto *layout = new QFormLayout(box);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return layout;
}

QString objectNameFor(FieldId field)
{
    // "custom_header_mapping.job_id" -> "job_idEdit"
    return FieldCatalog::jsonKey(field) + QLatin1String("Edit");
}

} // namespace

const QList<qint64> &AdvancedPage::sizeUnits()
{
    static const QList<qint64> units = {1, 1024, 1024 * 1024, 1024 * 1024 * 1024};
    return units;
}

namespace {

// A limit's spin box shows "No limit" at 0, which is what leaving it empty means; a limit of 0
// or less from a file is shown as the number it is, beside its error.
void showNoLimitAtZero(QSpinBox *spin, bool shown)
{
    spin->setSpecialValueText(shown ? AdvancedPage::tr("No limit") : QString());
}

} // namespace

AdvancedPage::AdvancedPage(IntegrationModel *model, QWidget *parent)
    : FormPage(model, parent)
{
    // Widgets join the Tab order as they are made: they are made in reading order.
    auto *outer = new QVBoxLayout(this);

    auto *mapping =
        new QGroupBox(labelWithMnemonic(FieldCatalog::label(FieldId::CustomHeaderMapping)), this);
    mapping->setToolTip(FieldCatalog::help(FieldId::CustomHeaderMapping));
    QFormLayout *mappingForm = formIn(mapping);
    for (const QString &key : FieldCatalog::headerMappingKeys()) {
        const FieldId field = FieldCatalog::headerMappingField(key);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectNameFor(field));
        edit->setPlaceholderText(tr("Not sent"));
        addField(mappingForm, field, edit);
        bindText(edit, field);
    }
    outer->addWidget(mapping);

    m_customLlm = new QGroupBox(this);
    m_customLlm->setTitle(labelWithMnemonic(FieldCatalog::label(FieldId::CustomLlmConfig)));
    m_customLlm->setObjectName(QStringLiteral("customLlmGroup"));
    m_customLlm->setCheckable(true);
    m_customLlm->setToolTip(FieldCatalog::help(FieldId::CustomLlmConfig));
    m_customLlm->setAccessibleName(FieldCatalog::label(FieldId::CustomLlmConfig));
    QFormLayout *customForm = formIn(m_customLlm);
    auto *fileName = new QLineEdit(this);
    fileName->setObjectName(QStringLiteral("fileNameEdit"));
    fileName->setPlaceholderText(QStringLiteral("my_handler.py"));
    addField(customForm, FieldId::CustomLlmFileName, fileName);
    bindText(fileName, FieldId::CustomLlmFileName);
    auto *className = new QLineEdit(this);
    className->setObjectName(QStringLiteral("classNameEdit"));
    className->setPlaceholderText(QStringLiteral("MyHandler"));
    addField(customForm, FieldId::CustomLlmClassName, className);
    bindText(className, FieldId::CustomLlmClassName);
    m_initKwargs = new QPlainTextEdit(this);
    m_revealKwargs = new QCheckBox(tr("Show &values"), this);
    m_initKwargs->setObjectName(QStringLiteral("initKwargsEdit"));
    m_initKwargs->setPlaceholderText(QStringLiteral("{\"timeout\": 60}"));
    m_initKwargs->setTabChangesFocus(true);
    m_initKwargs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_initKwargs->setMaximumHeight(m_initKwargs->fontMetrics().height() * 6);
    // The arguments often carry a key: their values are masked, like every secret, until asked.
    m_revealKwargs->setObjectName(QStringLiteral("initKwargsRevealCheck"));
    m_revealKwargs->setToolTip(tr("The values are masked so that a screenshot or screen share "
                                  "shows none; show them to edit"));
    auto *kwargsCell = new QWidget(this);
    auto *kwargsColumn = new QVBoxLayout(kwargsCell);
    kwargsColumn->setContentsMargins(0, 0, 0, 0);
    kwargsColumn->setSpacing(2);
    kwargsColumn->addWidget(m_initKwargs);
    kwargsColumn->addWidget(m_revealKwargs);
    addField(customForm, FieldId::CustomLlmInitKwargs, kwargsCell, m_initKwargs);
    connect(m_revealKwargs, &QCheckBox::toggled, this, [this] { refresh(); });
    outer->addWidget(m_customLlm);
    connect(m_customLlm, &QGroupBox::toggled, this,
            [this](bool on) { m_model->setCustomLlmEnabled(on); });
    connect(m_initKwargs, &QPlainTextEdit::textChanged, this, &AdvancedPage::initKwargsEdited);

    m_multiModal = new QGroupBox(this);
    m_multiModal->setTitle(labelWithMnemonic(FieldCatalog::label(FieldId::MultiModalConfig)));
    m_multiModal->setObjectName(QStringLiteral("multiModalGroup"));
    m_multiModal->setCheckable(true);
    m_multiModal->setToolTip(FieldCatalog::help(FieldId::MultiModalConfig));
    m_multiModal->setAccessibleName(FieldCatalog::label(FieldId::MultiModalConfig));
    QFormLayout *multiForm = formIn(m_multiModal);
    m_maxFiles = new QSpinBox(this);
    m_maxFiles->setObjectName(QStringLiteral("maxFilesSpin"));
    m_maxFiles->setRange(0, 1000000);
    showNoLimitAtZero(m_maxFiles, true);
    addField(multiForm, FieldId::MultiModalMaxFiles, m_maxFiles);
    auto *sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    m_maxFileSize = new QSpinBox(this);
    m_sizeUnit = new QComboBox(this);
    m_maxFileSize->setObjectName(QStringLiteral("maxFileSizeSpin"));
    m_maxFileSize->setRange(0, 1000000);
    showNoLimitAtZero(m_maxFileSize, true);
    m_sizeUnit->setObjectName(QStringLiteral("sizeUnitCombo"));
    m_sizeUnit->addItems({tr("bytes"), tr("KB"), tr("MB"), tr("GB")});
    m_sizeUnit->setAccessibleName(tr("Unit of the maximum file size"));
    m_sizeUnit->setToolTip(tr("1 KB = 1024 bytes"));
    sizeLayout->addWidget(m_maxFileSize, 1);
    sizeLayout->addWidget(m_sizeUnit);
    addField(multiForm, FieldId::MultiModalMaxFileSizeBytes, sizeRow, m_maxFileSize);
    outer->addWidget(m_multiModal);

    m_otherFields = new QGroupBox(tr("&Other fields"), this);
    m_otherFields->setObjectName(QStringLiteral("otherFieldsGroup"));
    auto *otherColumn = new QVBoxLayout(m_otherFields);
    auto *otherNote = new QLabel(
        tr("Top-level fields of the opened or pasted body that this app does not know. They are "
           "kept and sent as they are, after the known ones: a newer Galileo may use them, an "
           "older one ignores them."),
        m_otherFields);
    otherNote->setObjectName(QStringLiteral("otherFieldsNote"));
    otherNote->setWordWrap(true);
    m_otherFieldsEdit = new QPlainTextEdit(m_otherFields);
    m_otherFieldsEdit->setObjectName(QStringLiteral("otherFieldsEdit"));
    m_otherFieldsEdit->setAccessibleName(tr("Other fields"));
    m_otherFieldsEdit->setToolTip(tr("A JSON object of the fields to send besides the form's, "
                                     "e.g. {\"new_option\": true}; empty for none"));
    m_otherFieldsEdit->setPlaceholderText(QStringLiteral("{}"));
    m_otherFieldsEdit->setTabChangesFocus(true);
    m_otherFieldsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_otherFieldsEdit->setMaximumHeight(m_otherFieldsEdit->fontMetrics().height() * 7);
    // A field named as a credential (SecretCatalog::isCredentialName) is a secret: masked here
    // until asked, like the handler's arguments.
    m_revealOther = new QCheckBox(tr("Show v&alues"), m_otherFields);
    m_revealOther->setObjectName(QStringLiteral("otherFieldsRevealCheck"));
    m_revealOther->setToolTip(tr("Fields named as credentials (api_key, *_secret, *_token, "
                                 "password, ...) are masked so that a screenshot or screen "
                                 "share shows none; show them to edit"));
    otherColumn->addWidget(otherNote);
    otherColumn->addWidget(m_otherFieldsEdit);
    otherColumn->addWidget(m_revealOther);
    outer->addWidget(m_otherFields);
    connect(m_revealOther, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_otherFieldsEdit, &QPlainTextEdit::textChanged, this,
            &AdvancedPage::otherFieldsEdited);
    outer->addStretch();
    connect(m_multiModal, &QGroupBox::toggled, this,
            [this](bool on) { m_model->setMultiModalEnabled(on); });
    connect(m_maxFiles, &QSpinBox::valueChanged, this, [this](int value) {
        showNoLimitAtZero(m_maxFiles, true); // edited: 0 means none again
        m_model->setLimit(FieldId::MultiModalMaxFiles,
                          value > 0 ? std::optional<qint64>(value) : std::nullopt);
    });
    connect(m_maxFileSize, &QSpinBox::valueChanged, this, &AdvancedPage::writeFileSize);
    connect(m_sizeUnit, &QComboBox::currentIndexChanged, this, &AdvancedPage::writeFileSize);

    connect(model, &IntegrationModel::configReplaced, this, [this] {
        // A new body: its arguments are masked again.
        const QSignalBlocker blocker(m_revealKwargs);
        m_revealKwargs->setChecked(false);
        const QSignalBlocker otherBlocker(m_revealOther);
        m_revealOther->setChecked(false);
        refresh();
    });
    connect(model, &IntegrationModel::fieldChanged, this, [this](FieldId field) {
        if (field == FieldId::CustomLlmConfig || field == FieldId::MultiModalConfig)
            refresh();
    });
    refresh();
}

void AdvancedPage::refresh()
{
    const QSignalBlocker customBlocker(m_customLlm);
    const QSignalBlocker multiBlocker(m_multiModal);
    const QSignalBlocker filesBlocker(m_maxFiles);
    m_customLlm->setChecked(m_model->customLlmEnabled());
    m_multiModal->setChecked(m_model->multiModalEnabled());
    const auto kwargs = m_model->initKwargs();
    const QString kwargsText =
        kwargs ? QString::fromUtf8(QJsonDocument(*kwargs).toJson(QJsonDocument::Indented)).trimmed()
               : QString();
    const bool masked = kwargs && !kwargs->isEmpty() && !m_revealKwargs->isChecked();
    m_initKwargs->setReadOnly(masked);
    m_revealKwargs->setVisible(kwargs && !kwargs->isEmpty());
    if (masked) {
        QJsonObject maskedKwargs = *kwargs;
        for (auto it = maskedKwargs.begin(); it != maskedKwargs.end(); ++it)
            it.value() = SecretCatalog::mask();
        const QSignalBlocker kwargsBlocker(m_initKwargs);
        m_initKwargs->setPlainText(
            QString::fromUtf8(QJsonDocument(maskedKwargs).toJson(QJsonDocument::Indented))
                .trimmed());
    }
    // Rewriting the text while the user types would move the cursor; only replace it when it
    // says something else.
    const QJsonDocument shown = QJsonDocument::fromJson(m_initKwargs->toPlainText().toUtf8());
    const bool sameAsShown = kwargs ? (shown.isObject() && shown.object() == *kwargs)
                                    : m_initKwargs->toPlainText().trimmed().isEmpty();
    if (!masked && !sameAsShown) {
        const QSignalBlocker kwargsBlocker(m_initKwargs);
        m_initKwargs->setPlainText(kwargsText);
        m_kwargsIssues.clear();
    }
    const QJsonObject extra = m_model->extraFields();
    QJsonObject maskedExtra = extra;
    for (auto it = maskedExtra.begin(); it != maskedExtra.end(); ++it) {
        if (SecretCatalog::isCredentialName(it.key()) && !it.value().isNull())
            it.value() = SecretCatalog::mask();
    }
    const bool otherMasked = maskedExtra != extra && !m_revealOther->isChecked();
    m_otherFieldsEdit->setReadOnly(otherMasked);
    m_revealOther->setVisible(maskedExtra != extra);
    if (otherMasked) {
        const QSignalBlocker otherBlocker(m_otherFieldsEdit);
        m_otherFieldsEdit->setPlainText(
            QString::fromUtf8(QJsonDocument(maskedExtra).toJson(QJsonDocument::Indented))
                .trimmed());
    }
    const QJsonDocument otherShown =
        QJsonDocument::fromJson(m_otherFieldsEdit->toPlainText().toUtf8());
    const bool otherSame = extra.isEmpty() ? m_otherFieldsEdit->toPlainText().trimmed().isEmpty()
                                           : otherShown.isObject() && otherShown.object() == extra;
    if (!otherMasked && !otherSame) {
        const QSignalBlocker otherBlocker(m_otherFieldsEdit);
        m_otherFieldsEdit->setPlainText(
            extra.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Indented))
                      .trimmed());
        m_otherFieldsIssues.clear();
    }
    publishFormIssues();
    const auto files = m_model->limit(FieldId::MultiModalMaxFiles);
    showNoLimitAtZero(m_maxFiles, !files || *files >= 1);
    m_maxFiles->setValue(files && *files > 0 ? int(qMin<qint64>(*files, m_maxFiles->maximum()))
                                             : 0);
    showFileSize(m_model->limit(FieldId::MultiModalMaxFileSizeBytes));
}

void AdvancedPage::showFileSize(std::optional<qint64> bytes)
{
    const QSignalBlocker sizeBlocker(m_maxFileSize);
    const QSignalBlocker unitBlocker(m_sizeUnit);
    showNoLimitAtZero(m_maxFileSize, !bytes || *bytes >= 1);
    if (!bytes || *bytes < 1) {
        m_maxFileSize->setValue(0);
        return;
    }
    // The largest unit that shows the number exactly.
    const QList<qint64> &units = sizeUnits();
    int unit = 0;
    for (int i = int(units.size()) - 1; i >= 0; --i) {
        if (*bytes % units.at(i) == 0 && *bytes / units.at(i) <= m_maxFileSize->maximum()) {
            unit = i;
            break;
        }
    }
    m_sizeUnit->setCurrentIndex(unit);
    m_maxFileSize->setValue(int(qMin<qint64>(*bytes / units.at(unit), m_maxFileSize->maximum())));
}

void AdvancedPage::writeFileSize()
{
    showNoLimitAtZero(m_maxFileSize, true); // edited: 0 means none again
    const int value = m_maxFileSize->value();
    const qint64 unit = sizeUnits().value(m_sizeUnit->currentIndex(), 1);
    m_model->setLimit(FieldId::MultiModalMaxFileSizeBytes,
                      value > 0 ? std::optional<qint64>(value * unit) : std::nullopt);
}

void AdvancedPage::initKwargsEdited()
{
    // What the user types is theirs to see: it stays shown while they edit.
    if (!m_revealKwargs->isChecked()) {
        const QSignalBlocker blocker(m_revealKwargs);
        m_revealKwargs->setChecked(true);
    }
    const QString text = m_initKwargs->toPlainText();
    ValidationIssues issues;
    if (text.trimmed().isEmpty()) {
        m_model->setInitKwargs(std::nullopt);
    } else {
        QJsonParseError error;
        const QByteArray utf8 = text.toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        const QJsonArray loc{QStringLiteral("body"), QStringLiteral("custom_llm_config"),
                             QStringLiteral("init_kwargs")};
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = IntegrationJson::lineAndColumn(utf8, error.offset);
            issues << ValidationIssue::error(loc, QStringLiteral("value_error.jsondecode"),
                                             tr("not valid JSON: %1 at line %2, column %3")
                                                 .arg(error.errorString())
                                                 .arg(line)
                                                 .arg(column));
        } else if (!document.isObject()) {
            issues << ValidationIssue::error(loc, QStringLiteral("type_error.dict"),
                                             tr("must be a JSON object, e.g. {\"timeout\": 60}"));
        } else {
            m_model->setInitKwargs(document.object());
        }
    }
    m_kwargsIssues = issues;
    publishFormIssues();
}

void AdvancedPage::otherFieldsEdited()
{
    // What the user types is theirs to see: it stays shown while they edit.
    if (!m_revealOther->isChecked() && m_revealOther->isVisible()) {
        const QSignalBlocker blocker(m_revealOther);
        m_revealOther->setChecked(true);
    }
    const QString text = m_otherFieldsEdit->toPlainText();
    const QJsonArray loc{QStringLiteral("body")};
    ValidationIssues issues;
    if (text.trimmed().isEmpty()) {
        m_model->setExtraFields({});
    } else {
        QJsonParseError error;
        const QByteArray utf8 = text.toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = IntegrationJson::lineAndColumn(utf8, error.offset);
            issues << ValidationIssue::error(loc, QStringLiteral("value_error.jsondecode"),
                                             tr("Other fields: not valid JSON: %1 at line %2, "
                                                "column %3")
                                                 .arg(error.errorString())
                                                 .arg(line)
                                                 .arg(column));
        } else if (!document.isObject()) {
            issues << ValidationIssue::error(
                loc, QStringLiteral("type_error.dict"),
                tr("Other fields: must be a JSON object, e.g. {\"new_option\": true}"));
        } else {
            // A field of the form belongs in the form: the other fields never override it.
            const QJsonObject fields = document.object();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                FieldId known;
                if (FieldCatalog::fieldForPath({it.key()}, &known)) {
                    issues << ValidationIssue::error(
                        loc, QStringLiteral("value_error.extra"),
                        tr("Other fields: \"%1\" is a field of the form; set it there")
                            .arg(it.key()));
                }
            }
            if (issues.isEmpty())
                m_model->setExtraFields(fields);
        }
    }
    m_otherFieldsIssues = issues;
    publishFormIssues();
}

void AdvancedPage::publishFormIssues()
{
    const ValidationIssues issues = m_kwargsIssues + m_otherFieldsIssues;
    if (issues == m_formIssues)
        return;
    m_formIssues = issues;
    emit formIssuesChanged();
}
