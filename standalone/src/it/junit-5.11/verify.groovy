// What the user sees of Commsim in their build: every test passed, and no log line came from the libraries
// inside Commsim (their loggers carry the relocated names, dev.commsim.shaded.*).
def lines = new File(basedir, 'build.log').readLines()
def ours = lines.findAll { it.contains('dev.commsim.shaded') }
assert ours.isEmpty() : "Commsim's own Undertow/XNIO logged into the user's build:\n" + ours.join('\n')
def summary = lines.find { it ==~ /\[INFO\] Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0/ }
assert summary != null : 'no passing test summary in build.log'
def count = (summary =~ /Tests run: (\d+)/)[0][1] as int
assert count >= 6 : "only ${count} tests ran"
println "${basedir.name}: ${summary}"
return true
