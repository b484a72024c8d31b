// Resident memory of the running process: read by the link's memory budget
// and by the worker's debugging trace.
#pragma once

#include <cstddef>

namespace sluice {

/// Resident memory of this process in MiB (from /proc/self/statm; 0 when it
/// cannot be read).
size_t residentMiB();

} // namespace sluice
