#include "issuestyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace IssueStyle {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QIcon icon(ValidationIssue::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case ValidationIssue::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ValidationIssue::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ValidationIssue::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QIcon okIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
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
