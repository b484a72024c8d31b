// Class members that share a name with a libc sink are not that sink:
// Job::system() only records the command, Cache::remove() drops a map entry.
#include <cstdlib>
#include <map>
#include <string>

class Job {
public:
  int system(const char *command) { last_ = command; return 0; }
  const std::string &last() const { return last_; }
private:
  std::string last_;
};

class Cache {
public:
  bool remove(const char *key) { return entries_.erase(key) > 0; }
  void put(const std::string &k, const std::string &v) { entries_[k] = v; }
private:
  std::map<std::string, std::string> entries_;
};

int main() {
  const char *task = std::getenv("TASK");
  if (!task)
    return 1;
  Job job;
  job.system(task);
  Cache cache;
  cache.put(task, "pending");
  cache.remove(task);
  return job.last().empty() ? 1 : 0;
}
