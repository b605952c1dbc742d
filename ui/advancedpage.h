#pragma once

#include "formpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QPlainTextEdit;
class QSpinBox;

// Advanced: header mapping, the custom LiteLLM handler and the multi-modal limits. The last two
// are optional groups that are off until checked.
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
    void writeFileSize();
    void showFileSize(std::optional<qint64> bytes);

    QGroupBox *m_customLlm;
    QPlainTextEdit *m_initKwargs;
    QCheckBox *m_revealKwargs;
    QGroupBox *m_multiModal;
    QSpinBox *m_maxFiles;
    QSpinBox *m_maxFileSize;
    QComboBox *m_sizeUnit;
    ValidationIssues m_formIssues;
};
