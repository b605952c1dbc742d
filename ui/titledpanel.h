#pragma once

#include <QWidget>

class QFrame;

// A title over a framed panel: what a QGroupBox shows, without the PNG Fusion draws a group
// box's frame from (reading the first image file loads every image-format plugin installed,
// a millisecond before the window can show). To assistive technology it is a group named by
// its title, as a group box is.
class TitledPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TitledPanel(const QString &title, QWidget *parent = nullptr);

    // What goes in the frame; lay it out with a layout on it.
    QFrame *body() const { return m_body; }

private:
    QFrame *m_body;
};
