#include "issuestyle.h"

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
    // Bundled PNGs: the same on every theme, and no theme lookup or image plugin at start-up.
    QIcon icon;
    for (const int size : {16, 32}) {
        icon.addFile(
            QStringLiteral(":/galileo/icons/status/%1-%2.png").arg(QLatin1String(name)).arg(size),
            QSize(size, size));
    }
    return icon;
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
