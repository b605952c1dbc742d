#pragma once

#include "model/integrationmodel.h"
#include "model/issueboard.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QTabWidget;
class QTimer;
class IntegrationForm;
class IssueList;
class RequestPreview;

// The window a Galileo admin works in: the form, the problems found in it, and a preview of the
// request it makes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    IntegrationModel *model() const { return m_model; }
    IntegrationForm *form() const { return m_form; }
    IssueList *issueList() const { return m_issueList; }
    RequestPreview *preview() const { return m_preview; }

    // Fills the form from a JSON body; returns false (and says why) when it is not JSON.
    bool loadJson(const QByteArray &json, const QString &sourceName);
    bool openFile(const QString &path);
    // Validates now instead of after the typing pause.
    void validateNow();
    // Shows a 422 answer's items on the fields and cells they name, and in Problems.
    void showServerIssues(const ValidationIssues &issues);
    // The local errors that block submitting.
    int blockingErrorCount() const { return m_board.blockingCount(); }

    // The curl command for the PUT; secrets masked unless asked for.
    QString curlCommand(bool withSecrets) const;
    QUrl requestUrl() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshIssues();
    void updateTitle();
    bool confirmDiscard(const QString &what);
    void newIntegration();
    void openFileDialog();
    void pasteJson();
    void copyCurl(bool withSecrets);
    void placeEdited(const QString &path);

    IntegrationModel *m_model;
    IssueBoard m_board;
    IntegrationForm *m_form;
    IssueList *m_issueList;
    RequestPreview *m_preview;
    QTabWidget *m_side;
    QLabel *m_status;
    QTimer *m_validation;
    QString m_sourceName;
    QUrl m_apiBaseUrl;
};
