// Each IT project is its own git repository, so the check never climbs into ours.
dev.trellis.maven.it.ItSupport.gitInit(basedir)
