// Resident memory of the running process: read by the link's memory budget
// and by the worker's debugging trace; and freed memory handed back.
#pragma once

#include <cstddef>

namespace sluice {

/// Resident memory of this process in MiB (from /proc/self/statm; 0 when it
/// cannot be read).
size_t residentMiB();

/// Hands memory the allocator holds but no longer uses back to the system
/// (glibc's malloc_trim; a no-op elsewhere). Called between the link's big
/// steps: a finished component's temporaries otherwise stay resident.
void releaseFreedMemory();

} // namespace sluice
