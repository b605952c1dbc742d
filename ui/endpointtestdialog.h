#pragma once

#include "api/endpointprober.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class IntegrationModel;

// "Test endpoint": runs the stages against the gateway with the form's configuration, shows each
// with its status, HTTP status, time and hint, the requests and answers (secrets masked), and
// lets the user add the models the gateway lists to the table.
class EndpointTestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndpointTestDialog(IntegrationModel *model, QWidget *parent = nullptr);

    EndpointProber *prober() const { return m_prober; }
    void run();
    // Adds the ticked discovered models to the Models table; returns how many were added.
    int addTickedModels();
    // The curl command of the selected stage's last request, secrets masked.
    QString curlForSelectedStage() const;

private:
    void refreshStage(int index);
    void refreshOptions();
    void showDetails();
    void showDiscovered();

    IntegrationModel *m_model;
    EndpointProber *m_prober;
    QComboBox *m_credentials;
    QLabel *m_credentialsLabel;
    QComboBox *m_completionModel;
    QSpinBox *m_timeout;
    QPushButton *m_run;
    QTreeWidget *m_stages;
    QPlainTextEdit *m_details;
    QPushButton *m_copyCurl;
    QListWidget *m_discovered;
    QPushButton *m_addModels;
    QTimer *m_tick; // the running stage's time, while it runs
};
