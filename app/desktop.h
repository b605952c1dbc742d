#pragma once

// The window's entry point. It is defined by the widgets library (ui/desktop.cpp) and linked
// into the executable, so that main() can start the window without anything under app/
// depending on a ui/ header.
namespace Desktop {

// Creates the QApplication and the main window, opens a file named in the arguments, and runs
// the event loop.
int run(int &argc, char **argv);

// What run() does to the QApplication before the window is built: the style, the names, the
// language and the window icon.
void setUpApplication();

} // namespace Desktop
