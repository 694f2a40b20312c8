package dev.jabu.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps a second jabu process off an embedded database. SQLite is one process's store here: two
 * bots on one file would both run a scheduler and an outbox worker. The lock is the operating
 * system's on a file beside the database, so it is released when the process dies, even by SIGKILL.
 * Read-only tools ({@code check-config}, {@code glossary-export}) do not take it.
 */
final class DataFolderLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock for {@code database}'s folder, or empty with the holder's pid when it is taken. */
  static Result acquire(Path database) throws IOException {
    Path folder = database.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path file = folder.resolve(database.getFileName() + ".lock");
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      channel.close();
      return new Result(Optional.empty(), holder.isEmpty() ? "?" : holder);
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap(
            Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return new Result(Optional.of(new DataFolderLock(channel, lock)), "");
  }

  /**
   * @param lock held by this process; empty when another process holds it
   * @param holderPid the other process's pid, as it wrote it
   */
  record Result(Optional<DataFolderLock> lock, String holderPid) {}

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
