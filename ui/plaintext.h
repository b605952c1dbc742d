#pragma once

#include <QString>

class QWidget;

// Words from a server, a file or the user shown as the text they are. Qt renders tooltips and
// message boxes as rich text when the text looks like markup, so a 422 message or a file name
// with "<img src=...>" in it would be drawn, not shown; these never are.
namespace PlainText {

// For setToolTip() and Qt::ToolTipRole: escaped when it would otherwise be read as markup.
QString toolTip(const QString &text);
// QMessageBox::warning with the text shown as plain text.
void warning(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainText
