#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

// The window's language: the system's by default, or the one chosen in the Language menu
// (remembered, applied at the next start). The command line stays in English, since scripts
// read its output.
namespace Language {

// Installs the app's and Qt's own translations for the chosen or the system language.
void install();
// "" for the system's language, else a code such as "de".
QString chosen();
void choose(const QString &code);
// The languages the app is translated into, by code ("en" is the source language).
QStringList available();
// A menu to choose the language.
QMenu *createMenu(QWidget *parent);

} // namespace Language
