// Ophys IO batch example: opens every .npy recording in a folder as a virtual stack,
// prints its shape (T, rows, cols[, planes]) and closes it.
// Run from Fiji (Plugins > Macros > Run...), or headless-ish from a shell:
//   ImageJ -batch Batch_Open_Npy.ijm /path/to/folder
// A file that cannot be read is reported in the Log by the importer and aborts the macro.
dir = getArgument();
if (dir == "") dir = getDirectory("Choose a folder of .npy recordings");
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
setBatchMode(true);
list = getFileList(dir);
for (i = 0; i < list.length; i++) {
    if (!endsWith(list[i], ".npy")) continue;
    run("Ophys Recording...", "path=[" + dir + list[i] + "] fs=30");
    Stack.getDimensions(width, height, channels, slices, frames);
    shape = "(" + frames + ", " + height + ", " + width;
    if (slices > 1) shape = shape + ", " + slices;
    print(list[i] + ": " + shape + ") " + bitDepth() + "-bit, " + channels + " channel(s)");
    close();
}
setBatchMode(false);
