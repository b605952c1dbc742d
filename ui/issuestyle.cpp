#include "issuestyle.h"

#include "themeicon.h"

#include <QApplication>
#include <QPalette>

namespace IssueStyle {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QIcon bundled(const char *name)
{
    // Bundled drawings: the same on every theme, with no theme lookup. A PNG would be read
    // through QImageReader, which first loads every image-format plugin installed to ask each
    // whether it reads PNG: a millisecond before the first window can show.
    return ThemeIcon::drawing(
        QStringLiteral(":/galileo/icons/status/%1.svg").arg(QLatin1String(name)));
}

} // namespace

QIcon icon(ValidationIssue::Severity severity)
{
    // Made once and never destroyed: icons must not outlive the application object.
    static const QIcon *const icons =
        new QIcon[3]{bundled("error"), bundled("warning"), bundled("info")};
    return icons[int(severity)];
}

QIcon okIcon()
{
    static const QIcon *const icon = new QIcon(bundled("ok"));
    return *icon;
}

QColor color(ValidationIssue::Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case ValidationIssue::Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case ValidationIssue::Severity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
    case ValidationIssue::Severity::Info:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::WindowText);
}

QColor tint(ValidationIssue::Severity severity, const QPalette &palette)
{
    QColor result = color(severity, palette);
    result.setAlpha(severity == ValidationIssue::Severity::Info ? 0 : 48);
    return result;
}

} // namespace IssueStyle
