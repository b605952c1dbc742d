#pragma once

#include <QFrame>

class QAction;

// What a first start offers above the form: the three ways to begin (paste the JSON you have,
// load the integration from Galileo, fill in a new form), each one click away. It asks nothing
// and blocks nothing: the form below works as usual, and the panel goes once the user has
// begun, whichever way.
class FirstStartPanel : public QFrame
{
    Q_OBJECT

public:
    // `paste` and `load` are the window's own actions, so the panel does exactly what the menu
    // does.
    FirstStartPanel(QAction *paste, QAction *load, QWidget *parent = nullptr);

signals:
    // "Fill in a new form": the window takes the user to its first field.
    void fillInChosen();
};
