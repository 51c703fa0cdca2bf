# Further command files, one line each: target_sources(veldboek-cli PRIVATE XCommand.cpp)
