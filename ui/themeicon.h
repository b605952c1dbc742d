#pragma once

#include <QIcon>

// An icon from the system theme, looked up the first time it is drawn rather than when it is
// created: a theme lookup walks the theme's folders, and most icons (hidden pages, menus) are not
// drawn at start-up. `fallback` (a bundled resource) is used when the theme has none.
namespace ThemeIcon {

QIcon get(const QString &name, const QString &fallback = QString());
// The same with the bundled fallback ":/galileo/icons/actions/<name>.svg" when there is one.
// A bundled fallback is drawn in the palette's text colour.
QIcon action(const QString &name);
// A bundled SVG drawing in its own colours (the app's icon, the severity marks). Drawn by the
// app itself: Qt's SVG icon engine is a plugin, looked for and loaded at the first SVG icon.
QIcon drawing(const QString &path);
// The SVG files parsed so far: those drawn at a size not drawn at build time (see
// PrerenderedIcons). For tests of the first picture.
QStringList parsedDrawings();

} // namespace ThemeIcon
