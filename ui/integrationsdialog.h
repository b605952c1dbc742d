#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;
class IntegrationList;
class IntegrationSession;
struct ApiResult;

// Galileo > Integrations...: the organisation's integrations (GET /integrations) with the status
// of each custom one. A custom one can be opened into the form or saved as a profile (through
// the session, as Load from Galileo does), and a named one deleted once its name is typed again.
// Other providers are listed read-only.
class IntegrationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrationsDialog(IntegrationSession *session, QWidget *parent = nullptr);

    IntegrationList *list() const { return m_list; }
    // Asked before the form is replaced; true to go on (the window's unsaved-changes question).
    void setConfirmDiscard(std::function<bool(const QString &)> confirm)
    {
        m_confirmDiscard = std::move(confirm);
    }

    // Reads the list again with the session's connection.
    void refresh();
    // Acts on the selected row, as the buttons do.
    void openSelected();
    void saveSelectedAsProfile();
    // Shows the confirmation for deleting the selected named integration.
    void askToDeleteSelected();

private:
    int selectedRow() const;
    void updateButtons();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool problem = false);
    void showResult(const ApiResult &result);
    void open(bool saveAsProfile);
    void confirmDelete();

    IntegrationSession *m_session;
    IntegrationList *m_list;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_open;
    QPushButton *m_saveProfile;
    QPushButton *m_delete;
    QWidget *m_deletePanel;
    QLabel *m_deleteQuestion;
    QLineEdit *m_deleteName;
    QPushButton *m_confirmDelete;
    QString m_deleting; // the name the delete panel asks about
    std::function<bool(const QString &)> m_confirmDiscard;
};
