#pragma once

#include "model/integrationmodel.h"
#include "model/issueboard.h"
#include "model/issuelocation.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

// An issue with where it belongs on the form, worked out once for all pages.
struct LocatedIssue
{
    ValidationIssue issue;
    IssueBoard::Origin origin;
    IssueLocation location;
};

class MessageLine;

// A page of the integration form. It registers each field with its label, help text and a line
// for messages, binds text fields to the model both ways, and shows the issues that belong to
// its fields.
class FormPage : public QWidget
{
    Q_OBJECT

public:
    FormPage(IntegrationModel *model, QWidget *parent = nullptr);

    // Shows these issues (all of the form's) on the fields of this page that they name.
    virtual void showIssues(const QList<LocatedIssue> &issues);
    // Puts the keyboard focus where the location points; false if it is not on this page.
    virtual bool focusLocation(const IssueLocation &location);
    // Whether the page shows this field, or will once a part of it built late is made.
    virtual bool hasField(FieldId field) const { return m_fields.contains(field); }

    // The page's own findings that the model cannot hold, e.g. text that is not JSON.
    virtual ValidationIssues formIssues() const { return {}; }

signals:
    // The page's own findings changed.
    void formIssuesChanged();
    // The keyboard focus left this field for another place in the window.
    void fieldLeft(FieldId field);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Adds a labelled row for a field: the label gets a mnemonic and the input as buddy; the
    // input gets the field's help as tooltip and an accessible name; a message line goes under.
    void addField(QFormLayout *layout, FieldId field, QWidget *input,
                  QWidget *focusTarget = nullptr);
    // Registers a field shown by a widget the page lays out itself (a table, a group).
    void registerField(FieldId field, QWidget *focusTarget, MessageLine *message);
    MessageLine *createMessageLabel();
    // Two-way binding of a line edit to a text field of the model.
    void bindText(QLineEdit *edit, FieldId field);
    QString labelWithMnemonic(const QString &label);
    static QString issueText(const QList<LocatedIssue> &issues);
    // The issues last shown: for fields registered after they were.
    const QList<LocatedIssue> &shownIssues() const { return m_shownIssues; }

    IntegrationModel *m_model;

private:
    struct FieldView
    {
        QWidget *focusTarget;
        MessageLine *message;
        QString help;
    };
    QHash<FieldId, FieldView> m_fields;
    QHash<QLineEdit *, QAction *> m_markers;
    QSet<QChar> m_usedMnemonics;
    QList<LocatedIssue> m_shownIssues;
};
