#pragma once

#include <QHash>
#include <QTabWidget>

#include <functional>

// A tab widget whose pages are built the first time they are shown or asked for. Most pages are
// not opened in a session, and building them before the window is first painted is what made
// the start slow. Each such tab holds an empty holder until then; page() builds on demand,
// builtPage() only looks. Tabs added with addTab() are pages already.
class LazyTabWidget : public QTabWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;

    explicit LazyTabWidget(QWidget *parent = nullptr);

    // Adds a tab whose page `build` makes when it is first needed; returns the tab's index. The
    // first tab added is current at once, so its page is built here.
    int addLazyTab(const QString &label, Factory build);
    // The page of the tab, built now if it was not yet.
    QWidget *page(int index);
    // The page of the tab if it was built, else nullptr.
    QWidget *builtPage(int index) const;
    // Shows the tab, building its page first.
    void showPage(int index);

private:
    struct Lazy
    {
        Factory build;
        QWidget *page = nullptr;
    };
    QHash<const QWidget *, Lazy> m_lazy; // by holder
};
