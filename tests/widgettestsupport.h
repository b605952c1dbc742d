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

// Where Tab goes under `root` against reading order (top to bottom, a row left to right): one
// line for each widget Tab reaches before one that stands above it or to its left. Only the
// widgets Tab can reach now count (shown, enabled, taking Tab focus).
inline QStringList tabOrderProblems(QWidget *root)
{
    QList<QWidget *> visited;
    for (QWidget *next = root->nextInFocusChain(); next != root; next = next->nextInFocusChain()) {
        if (root->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus) && next->isVisible() &&
            next->isEnabled() && !visited.contains(next))
            visited << next;
    }
    const auto describe = [root](QWidget *widget) {
        const QPoint at = widget->mapTo(root, QPoint(0, 0));
        return QStringLiteral("%1 \"%2\" at %3,%4")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
            .arg(at.x())
            .arg(at.y());
    };
    constexpr int SameRow = 8; // pixels of difference that still make one row
    QStringList problems;
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QPoint before = visited.at(i - 1)->mapTo(root, QPoint(0, 0));
        const QPoint after = visited.at(i)->mapTo(root, QPoint(0, 0));
        const bool below = after.y() > before.y() + SameRow;
        const bool rightInRow = qAbs(after.y() - before.y()) <= SameRow && after.x() > before.x();
        if (!below && !rightInRow)
            problems << describe(visited.at(i)) + QLatin1String(" after ") +
                            describe(visited.at(i - 1));
    }
    return problems;
}

} // namespace TestSupport
