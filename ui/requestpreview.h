#pragma once

#include "model/integrationconfig.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// The exact body that will be sent, pretty-printed, secrets masked unless revealed.
class RequestPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreview(QWidget *parent = nullptr);

    void setRequest(const QUrl &url, const IntegrationConfig &config);
    QString text() const;
    bool secretsRevealed() const;

private:
    void refresh();

    QLabel *m_target;
    QPlainTextEdit *m_body;
    QCheckBox *m_reveal;
    QUrl m_url;
    IntegrationConfig m_config;
};
