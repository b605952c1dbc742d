#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

namespace TestSupport {

// Answers the next modal dialog with `button` once it shows; sets *shown when it did.
inline void answerNextDialog(QDialogButtonBox::StandardButton button, bool *shown = nullptr)
{
    QTimer::singleShot(0, [button, shown] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        if (shown)
            *shown = true;
        auto *box = QApplication::activeModalWidget()->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        box->button(button)->click();
    });
}

} // namespace TestSupport
