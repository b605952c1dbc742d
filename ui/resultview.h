#pragma once

#include "api/apiresult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The outcome of the last submission: the stored integration, or what went wrong and what to do.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);

    void showResult(const ApiResult &result);
    void showProgress(const QString &message);
    void clear();

    QString integrationId() const;

private:
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_idLabel;
    QLineEdit *m_id;
    QPushButton *m_copyId;
    QTreeWidget *m_fields;
};
