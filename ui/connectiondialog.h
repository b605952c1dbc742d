#pragma once

#include "api/connectionsettings.h"
#include "api/schemadrift.h"

#include <QDialog>
#include <QUrl>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class GalileoClient;
class SecretLineEdit;

// Where Galileo is and who to be there, with a check that both are right.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    ConnectionSettings settings() const;
    GalileoSecrets secrets() const;

    // Runs healthcheck and current_user with what the dialog holds now.
    void checkConnection();
    // Takes away a check's results, which are about the settings it checked.
    void forgetCheck();
    // What the last check found about the cluster's fields, while the dialog still points at
    // the cluster it checked.
    std::optional<SchemaDrift> checkedDrift() const;

private:
    void updateDerivedUrl();
    void updateKeyHeader();
    void updateAuthFields();
    void chooseCaFile();

    QLineEdit *m_baseUrl;
    QLabel *m_derived;
    QComboBox *m_method;
    QComboBox *m_keyHeaderChoice;
    QLineEdit *m_keyHeader; // the choice's editor
    QLabel *m_keyHeaderProblem;
    SecretLineEdit *m_apiKey;
    QLineEdit *m_username;
    SecretLineEdit *m_password;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QPushButton *m_check;
    QTreeWidget *m_steps;
    QDialogButtonBox *m_buttons;
    GalileoClient *m_client;
    QList<QWidget *> m_keyRows;
    QList<QWidget *> m_passwordRows;
    std::optional<SchemaDrift> m_checkedDrift;
    QUrl m_checkedApiUrl;
};
