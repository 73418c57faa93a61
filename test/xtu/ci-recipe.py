"""ci-recipe.py GUIDE BUILD WORK: runs the sharded CI recipe of the user guide.

Takes the YAML block marked `(corolint-ci-recipe)` in GUIDE, and for each job
(summaries, then report) and each shard of its matrix runs the job's
`corolint` steps, as written, with bash in a fresh directory WORK/<job>-<shard>
where `build` is BUILD. The upload-artifact / download-artifact steps are
played by copying: each summaries job's `summaries/` is an artifact; a report
job gets all of them merged into its `summaries/`. Prints each report's
standard output, in shard order, and fails if a step exits with a status the
recipe does not accept (bash decides, as on a runner with `bash -e`)."""
import os
import re
import shutil
import subprocess
import sys

guide, build, work = sys.argv[1:4]
text = open(guide).read()
block = next(b for b in re.findall(r"```yaml\n(.*?)```", text, re.S)
             if "(corolint-ci-recipe)" in b)
jobs, job = {}, None
for line in block.splitlines():
    m = re.match(r"^  (\w+):$", line)
    if m:
        job = m.group(1)
        jobs[job] = {"shards": [], "runs": []}
    elif job:
        m = re.match(r"^\s+shard: \[(.*)\]$", line)
        if m:
            jobs[job]["shards"] = [s.strip() for s in m.group(1).split(",")]
        m = re.match(r"^\s+- run: (corolint .*)$", line)
        if m:
            jobs[job]["runs"].append(m.group(1))
assert list(jobs) == ["summaries", "report"], jobs
artifacts = os.path.join(work, "artifacts")
os.makedirs(artifacts)
for name in ("summaries", "report"):
    for shard in jobs[name]["shards"]:
        cwd = os.path.join(work, "%s-%s" % (name, shard))
        os.makedirs(cwd)
        os.symlink(os.path.abspath(build), os.path.join(cwd, "build"))
        if name == "report":  # download-artifact, merge-multiple: true
            os.makedirs(os.path.join(cwd, "summaries"))
            for a in sorted(os.listdir(artifacts)):
                for f in os.listdir(os.path.join(artifacts, a)):
                    shutil.copy(os.path.join(artifacts, a, f), os.path.join(cwd, "summaries"))
        for run in jobs[name]["runs"]:
            cmd = run.replace("${{ matrix.shard }}", shard)
            r = subprocess.run(["bash", "-e", "-c", cmd], cwd=cwd, stdout=subprocess.PIPE, text=True)
            # A report step exits 1 on findings: the job fails, as intended.
            if r.returncode not in ((0, 1) if name == "report" else (0,)):
                sys.exit("step '%s' exited %d" % (cmd, r.returncode))
            sys.stdout.write(r.stdout)
        if name == "summaries":  # upload-artifact
            shutil.copytree(os.path.join(cwd, "summaries"),
                            os.path.join(artifacts, "summaries-" + shard))
