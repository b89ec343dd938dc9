/**
 * {@code needle serve}: an SSH server (Apache MINA SSHD) that gives each client its own full-screen
 * session over one shared database. Public-key login only; sessions end politely when the server stops.
 */
package dev.needle.app.serve;
