#include "firststartpanel.h"

#include "themeicon.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

FirstStartPanel::FirstStartPanel(QAction *paste, QAction *load, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstStartPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("How to begin"));

    // In the window's own font: a bold one is another font file to read and another set of
    // glyphs to draw, half a millisecond of the first picture. The grey explanations below
    // set it apart.
    auto *title = new QLabel(tr("How do you want to begin?"), this);
    title->setObjectName(QStringLiteral("firstStartTitle"));

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("firstStartCloseButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("\u00d7"));
    close->setToolTip(tr("Hide these suggestions"));
    close->setAccessibleName(tr("Hide these suggestions"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 8, 10);
    layout->setHorizontalSpacing(18);
    layout->setVerticalSpacing(4);
    layout->addWidget(title, 0, 0, 1, 3);
    layout->addWidget(close, 0, 3, Qt::AlignRight | Qt::AlignTop);

    const auto way = [this, layout](int column, const QString &name, const QString &text,
                                    const QString &icon, const QString &explanation) {
        auto *button = new QPushButton(ThemeIcon::action(icon), text, this);
        button->setObjectName(name);
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(button, 1, column, Qt::AlignLeft);
        layout->addWidget(label, 2, column);
        layout->setColumnStretch(column, 1);
        return button;
    };
    QPushButton *pasteButton =
        way(0, QStringLiteral("firstStartPasteButton"), tr("Paste JSON..."),
            QStringLiteral("edit-paste"),
            tr("You have a body already: from Galileo's console, a colleague or a file."));
    QPushButton *loadButton =
        way(1, QStringLiteral("firstStartLoadButton"), tr("Load from Galileo..."),
            QStringLiteral("network-server"),
            tr("Your organisation has a custom integration: fetch it to check or change it."));
    QPushButton *fillButton =
        way(2, QStringLiteral("firstStartFillButton"), tr("Fill in a new form"),
            QStringLiteral("list-add"),
            tr("Start with the gateway's endpoint; Test endpoint can list its models for you."));

    connect(pasteButton, &QPushButton::clicked, paste, &QAction::trigger);
    connect(loadButton, &QPushButton::clicked, load, &QAction::trigger);
    connect(fillButton, &QPushButton::clicked, this, [this] {
        hide();
        emit fillInChosen();
    });
}
