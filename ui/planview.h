#pragma once

#include "session/integrationplanner.h"

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// The Plan tab: what submitting the form would change in Galileo, made on demand (Refresh),
// one line per change; activating a line takes the user to its field. Secrets show only as
// (secret changed), (secret unchanged) or (secret unknown).
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    void showPlanning();
    void showOutcome(const IntegrationPlanner::Outcome &outcome);
    // The form changed since the plan shown was made.
    void markStale();
    void clear();

    // The lines of a plan as the list and the submit confirmation show them.
    static QStringList lines(const IntegrationPlan &plan);

signals:
    void refreshRequested();
    // A change was activated: the form shows the field its loc names.
    void changeActivated(const QJsonArray &loc, const QString &line);

private:
    QLabel *m_headline;
    QLabel *m_details;
    QListWidget *m_changes;
    QPushButton *m_refresh;
    QString m_summary; // of the plan shown
};
