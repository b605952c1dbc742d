#pragma once

#include "model/integrationconfig.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

// The exact body that will be sent, pretty-printed, secrets masked unless revealed.
class RequestPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreview(QWidget *parent = nullptr);

    void setRequest(const QUrl &url, const IntegrationConfig &config);
    // The body as shown (brought up to date first if it changed while hidden).
    QString text();
    bool secretsRevealed() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    QLabel *m_target;
    QPlainTextEdit *m_body;
    QCheckBox *m_reveal;
    QUrl m_url;
    IntegrationConfig m_config;
    QString m_shown;     // what the text box holds, to skip re-laying out the same text
    bool m_stale = true; // changed since last shown
    QTimer *m_refresh;
};
