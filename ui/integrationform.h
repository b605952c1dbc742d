#pragma once

#include "formpage.h"

#include <QWidget>

class QTabWidget;
class EndpointPage;
class ModelsPage;
class HeadersPage;
class AdvancedPage;

// The whole integration form: four pages bound to one IntegrationModel, with each issue shown
// on the field or table cell it names.
class IntegrationForm : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationForm(IntegrationModel *model, QWidget *parent = nullptr);

    void showIssues(const QList<IssueBoard::Entry> &entries);
    // Switches to the page of the issue's field or cell and puts the focus there. Returns false
    // for an issue that names no place on the form.
    bool focusIssue(const ValidationIssue &issue);
    // Findings of the form itself (e.g. text that is not JSON), to be validated with the rest.
    ValidationIssues formIssues() const;

    QTabWidget *tabs() const { return m_tabs; }
    ModelsPage *modelsPage() const { return m_models; }
    HeadersPage *headersPage() const { return m_headers; }

signals:
    void formIssuesChanged();

private:
    QList<FormPage *> pages() const;

    IntegrationModel *m_model;
    QTabWidget *m_tabs;
    EndpointPage *m_endpoint;
    ModelsPage *m_models;
    HeadersPage *m_headers;
    AdvancedPage *m_advanced;
};
