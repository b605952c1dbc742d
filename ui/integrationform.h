#pragma once

#include "formpage.h"
#include "lazytabwidget.h"

#include <QWidget>

class EndpointPage;
class ModelsPage;
class HeadersPage;
class AdvancedPage;

// The whole integration form: four pages bound to one IntegrationModel, with each issue shown
// on the field or table cell it names. A page is built when it is first shown or asked for.
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

    LazyTabWidget *tabs() const { return m_tabs; }
    ModelsPage *modelsPage();
    HeadersPage *headersPage();
    // Builds the pages not shown yet, for checks that walk every widget of the form.
    void buildAllPages();

signals:
    void formIssuesChanged();
    void fieldLeft(FieldId field);

private:
    enum { EndpointIndex, ModelsIndex, HeadersIndex, AdvancedIndex, PageCount };

    // The page of a tab, built the first time it is needed.
    FormPage *page(int index);
    // Makes the page of a tab; returns what goes in the tab (the page, or a scroll area).
    QWidget *buildPage(int index);
    QList<FormPage *> builtPages() const;

    IntegrationModel *m_model;
    LazyTabWidget *m_tabs;
    FormPage *m_pages[PageCount] = {};
    QList<LocatedIssue> m_located; // the issues last shown, for pages built later
};
