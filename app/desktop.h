#pragma once

#include <functional>

// The window's entry point. It is defined by the widgets library (ui/desktop.cpp) and linked
// into the executable, so that main() can start the window without anything under app/
// depending on a ui/ header.

class MainWindow;
class QString;
class QWidget;

namespace Desktop {

// Creates the QApplication and the main window, opens a file named in the arguments, and runs
// the event loop.
int run(int &argc, char **argv);

// What run() does to the QApplication before the window is built: the fonts read on a second
// thread meanwhile, the style, the names and the language. (The window icon follows the
// window's first picture.)
void setUpApplication();

// Shows the window; the window icon, which only the window manager shows, is set once the
// window has been painted.
void show(QWidget *window);

// Shows the main window as a start does: at once with `file` read into it, or at once with
// nothing to open, or, for a returning user, once the last profile is in it (waiting at most
// a moment for the keychain). `shown` runs when it is shown.
void open(MainWindow *window, const QString &file, const std::function<void()> &shown = {});

} // namespace Desktop
