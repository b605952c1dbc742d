#pragma once

#include <QIcon>

// An icon from the system theme, looked up the first time it is drawn rather than when it is
// created: a theme lookup walks the theme's folders, and most icons (hidden pages, menus) are not
// drawn at start-up. `fallback` (a bundled resource) is used when the theme has none.
namespace ThemeIcon {

QIcon get(const QString &name, const QString &fallback = QString());
// The same with the bundled fallback ":/galileo/icons/actions/<name>.svg" when there is one.
QIcon action(const QString &name);

} // namespace ThemeIcon
