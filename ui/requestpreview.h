#pragma once

#include "api/galileorequests.h"
#include "model/integrationconfig.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

// The exact request that will be sent (method, URL, headers, body pretty-printed), built by the
// same request class that sends it, secrets masked unless revealed.
class RequestPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreview(QWidget *parent = nullptr);

    // `integrationName`: the named custom integration, or empty for the default one.
    void setRequest(const GalileoIdentity &identity, const IntegrationConfig &config,
                    const QString &integrationName = {});
    // The headers and body as shown (brought up to date first if they changed while hidden).
    QString text();
    bool secretsRevealed() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    QLabel *m_target;
    QPlainTextEdit *m_body;
    QCheckBox *m_reveal;
    GalileoIdentity m_identity;
    IntegrationConfig m_config;
    QString m_integrationName;
    QString m_shown;     // what the text box holds, to skip re-laying out the same text
    bool m_stale = true; // changed since last shown
    QTimer *m_refresh;
};
