#pragma once

#include <QLoggingCategory>

// The logging category "kmssim" (the identifier cannot be kmssim: that is the namespace).
Q_DECLARE_LOGGING_CATEGORY(lcKmsSim)
