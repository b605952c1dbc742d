#pragma once

#include "formpage.h"

class QComboBox;
class RowTableEditor;

// Models: the model_properties table and the default model, fed live from the table.
class ModelsPage : public FormPage
{
    Q_OBJECT

public:
    explicit ModelsPage(IntegrationModel *model, QWidget *parent = nullptr);

    void showIssues(const QList<LocatedIssue> &issues) override;
    bool focusLocation(const IssueLocation &location) override;

    RowTableEditor *table() const { return m_table; }
    // Adds one model per line of text, skipping blanks and names already present.
    int addNames(const QString &text);

private:
    void askForNames();
    void refreshDefaultModel();
    void fitNames();

    RowTableEditor *m_table;
    QComboBox *m_defaultModel;
};
