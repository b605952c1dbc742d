#pragma once

#include "formpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QPlainTextEdit;
class QSpinBox;

// Advanced: header mapping, the custom LiteLLM handler and the multi-modal limits (the last two
// optional groups that are off until checked), and the body's other fields: top-level fields
// this app does not know, as raw JSON, kept and sent as they are.
class AdvancedPage : public FormPage
{
    Q_OBJECT

public:
    explicit AdvancedPage(IntegrationModel *model, QWidget *parent = nullptr);

    ValidationIssues formIssues() const override { return m_formIssues; }

    // The size units offered, in bytes per unit.
    static const QList<qint64> &sizeUnits();

private:
    void refresh();
    void initKwargsEdited();
    void otherFieldsEdited();
    // The issues of both raw JSON editors, as one list for the form.
    void publishFormIssues();
    void writeFileSize();
    void showFileSize(std::optional<qint64> bytes);

    QGroupBox *m_customLlm;
    QPlainTextEdit *m_initKwargs;
    QCheckBox *m_revealKwargs;
    QGroupBox *m_multiModal;
    QSpinBox *m_maxFiles;
    QSpinBox *m_maxFileSize;
    QComboBox *m_sizeUnit;
    QGroupBox *m_otherFields;
    QPlainTextEdit *m_otherFieldsEdit;
    QCheckBox *m_revealOther;
    ValidationIssues m_formIssues;
    ValidationIssues m_kwargsIssues;
    ValidationIssues m_otherFieldsIssues;
};
