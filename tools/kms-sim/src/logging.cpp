#include "logging.h"

Q_LOGGING_CATEGORY(lcKmsSim, "kmssim")
