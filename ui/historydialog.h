#pragma once

#include "session/integrationsession.h"
#include "storage/historystore.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Profile > History: the current profile's applies, newest first (time, target, result), the
// selected one's body with its secrets masked, and what can be done with it: restore it into
// the form (its secrets from the keychain when unchanged, else asked for) or compare it with
// the form.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(IntegrationSession *session, QWidget *parent = nullptr);

    // Reads the current profile's history again.
    void reload();
    QList<HistoryEntry> entries() const { return m_entries; }
    // The selected entry, or nullptr.
    const HistoryEntry *selected() const;

signals:
    // The user wants this entry in the form (the window asks about unsaved changes first).
    void restoreRequested(const HistoryEntry &entry);
    // The user wants this entry compared with the form, field by field: its body (secrets
    // masked) and the fingerprints of its secrets. The button is shown only while something is
    // connected here.
    void compareWithFormRequested(const HistoryEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();

    IntegrationSession *m_session;
    QLabel *m_heading;
    QLabel *m_problems;
    QTreeWidget *m_list;
    QPlainTextEdit *m_body;
    QLabel *m_secrets;
    QPushButton *m_restore;
    QPushButton *m_compare;
    QList<HistoryEntry> m_entries;
};
