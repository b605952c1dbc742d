#pragma once

#include "model/integrationjson.h"

#include <QDialog>

namespace Ui {
class PasteJsonDialog;
}

// Takes a pasted JSON body. A body that is not JSON keeps the dialog open, with the place where
// it breaks selected, so nothing pasted is lost.
class PasteJsonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasteJsonDialog(QWidget *parent = nullptr);
    ~PasteJsonDialog() override;

    void setText(const QString &text);
    // Valid after the dialog was accepted.
    const IntegrationJson::ReadResult &readResult() const { return m_result; }

    void accept() override;

private:
    Ui::PasteJsonDialog *m_ui;
    IntegrationJson::ReadResult m_result;
};
