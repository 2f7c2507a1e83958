//! Turning command-line paths into articles: files as given, folders as their `.txt`
//! files in name order. Unreadable files are reported and skipped, never fatal.

use std::{
    fs,
    path::{Path, PathBuf},
};

/// One article read from disk.
#[derive(Debug)]
pub struct Article {
    /// The document id: the file stem.
    pub id: String,
    /// The file's text.
    pub text: String,
}

/// A file that could not be used, and why.
#[derive(Debug)]
pub struct Skipped {
    /// The path as found.
    pub path: PathBuf,
    /// Why it was skipped.
    pub reason: String,
}

/// Articles and skipped files, in input order.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Readable articles.
    pub articles: Vec<Article>,
    /// Files that were skipped.
    pub skipped: Vec<Skipped>,
}

/// Reads every article named by `paths`.
pub fn read(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for path in paths {
        if path.is_dir() {
            match txt_files(path) {
                Ok(files) => files.iter().for_each(|file| read_one(file, &mut inputs)),
                Err(error) => inputs.skipped.push(Skipped {
                    path: path.clone(),
                    reason: format!("cannot list folder: {error}"),
                }),
            }
        } else {
            read_one(path, &mut inputs);
        }
    }
    inputs
}

fn txt_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "txt") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn read_one(path: &Path, inputs: &mut Inputs) {
    let skip = |reason: String| Skipped {
        path: path.to_path_buf(),
        reason,
    };
    let Some(id) = path.file_stem().and_then(|stem| stem.to_str()) else {
        inputs
            .skipped
            .push(skip("file name is not valid UTF-8".to_owned()));
        return;
    };
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            inputs.skipped.push(skip(format!("cannot read: {error}")));
            return;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => inputs.skipped.push(skip("empty file".to_owned())),
        Ok(text) => inputs.articles.push(Article {
            id: id.to_owned(),
            text,
        }),
        Err(error) => inputs.skipped.push(skip(format!(
            "not UTF-8 text (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_yields_its_txt_files_in_name_order_and_skips_broken_ones() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.txt"), "Second article.").unwrap();
        fs::write(dir.path().join("a.txt"), "First article.").unwrap();
        fs::write(dir.path().join("notes.md"), "not an article").unwrap();
        fs::write(dir.path().join("c.txt"), [0xff, 0xfe, 0x00]).unwrap();
        fs::write(dir.path().join("d.txt"), "  \n").unwrap();

        let inputs = read(&[dir.path().to_path_buf()]);

        let ids: Vec<_> = inputs.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        let reasons: Vec<_> = inputs.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons.len(), 2);
        assert!(reasons[0].starts_with("not UTF-8"), "{reasons:?}");
        assert_eq!(reasons[1], "empty file");
    }

    #[test]
    fn a_missing_file_is_skipped_with_the_reason() {
        let inputs = read(&[PathBuf::from("/nonexistent/article.txt")]);
        assert!(inputs.articles.is_empty());
        assert!(inputs.skipped[0].reason.starts_with("cannot read"));
    }
}
